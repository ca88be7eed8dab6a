using System.Text.Json;
using System.Text.Json.Serialization;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// Source-generated JSON for the CLI's output (no reflection, so it trims and compiles ahead of time): camelCase
/// names, dates as <c>yyyy-MM-dd</c>, enums by name (sex is <c>Female</c>, <c>Male</c>, <c>Unspecified</c> or <c>Unknown</c>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PassportDocument))]
[JsonSerializable(typeof(CardDocument))]
[JsonSerializable(typeof(LivenessCheck))]
[JsonSerializable(typeof(FaceMatch))]
[JsonSerializable(typeof(IReadOnlyList<JsonElement>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
