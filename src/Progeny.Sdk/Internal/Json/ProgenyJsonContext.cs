using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>Source-generated metadata for every body the SDK reads: trim- and AOT-safe, no reflection.</summary>
[JsonSourceGenerationOptions(MaxDepth = 32, AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(TokenPairDto))]
[JsonSerializable(typeof(TaskEnvelope<DocumentDataDto>))]
[JsonSerializable(typeof(TaskEnvelope<FaceDataDto>))]
[JsonSerializable(typeof(TaskEnvelope<BackgroundCheckDataDto>))]
[JsonSerializable(typeof(BackgroundCheckDataDto))]
internal sealed partial class ProgenyJsonContext : JsonSerializerContext;
