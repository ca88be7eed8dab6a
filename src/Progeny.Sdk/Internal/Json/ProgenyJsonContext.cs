using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>Source-generated metadata for every body the SDK reads: trim- and AOT-safe, no reflection.</summary>
[JsonSourceGenerationOptions(MaxDepth = 32, AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(TokenPairDto))]
[JsonSerializable(typeof(TaskCreatedDto))]
[JsonSerializable(typeof(TaskResponseDto))]
[JsonSerializable(typeof(TaskResultDto))]
internal sealed partial class ProgenyJsonContext : JsonSerializerContext;
