using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal;

/// <summary>Source-generated JSON of every service's result, as the journal stores it (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PassportOcrResult))]
[JsonSerializable(typeof(CardOcrResult))]
[JsonSerializable(typeof(KycPassportResult))]
[JsonSerializable(typeof(KycCardResult))]
[JsonSerializable(typeof(FaceLivenessResult))]
[JsonSerializable(typeof(FaceRegistrationResult))]
[JsonSerializable(typeof(FaceAuthenticationResult))]
[JsonSerializable(typeof(BackgroundCheckResult))]
internal sealed partial class JournalJsonContext : JsonSerializerContext;
