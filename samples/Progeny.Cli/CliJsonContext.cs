using System.Text.Json.Serialization;

namespace Progeny.Cli;

/// <summary>Source-generated JSON for the CLI's output: no reflection, so it trims and compiles ahead of time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PassportJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
