using System.Text.Json.Serialization.Metadata;

namespace Progeny.Sdk.Internal;

/// <summary>The Progeny name and the stored JSON of each service's result type: each v3 service has its own.</summary>
internal static class JournalServices
{
    public static (string Name, JsonTypeInfo<TResult> Json) Get<TResult>() => typeof(TResult) switch
    {
        var t when t == typeof(PassportOcrResult) => ("ocr_passport", Cast<TResult>(JournalJsonContext.Default.PassportOcrResult)),
        var t when t == typeof(CardOcrResult) => ("ocr_card", Cast<TResult>(JournalJsonContext.Default.CardOcrResult)),
        var t when t == typeof(KycPassportResult) => ("kyc_passport", Cast<TResult>(JournalJsonContext.Default.KycPassportResult)),
        var t when t == typeof(KycCardResult) => ("kyc_card", Cast<TResult>(JournalJsonContext.Default.KycCardResult)),
        var t when t == typeof(FaceLivenessResult) => ("face_liveness", Cast<TResult>(JournalJsonContext.Default.FaceLivenessResult)),
        var t when t == typeof(FaceRegistrationResult) => ("register_face", Cast<TResult>(JournalJsonContext.Default.FaceRegistrationResult)),
        var t when t == typeof(FaceAuthenticationResult) => ("authenticate_face", Cast<TResult>(JournalJsonContext.Default.FaceAuthenticationResult)),
        var t when t == typeof(BackgroundCheckResult) => ("background_check", Cast<TResult>(JournalJsonContext.Default.BackgroundCheckResult)),
        _ => throw new NotSupportedException($"{typeof(TResult).Name} is not the result of a Progeny v3 service."),
    };

    private static JsonTypeInfo<TResult> Cast<TResult>(JsonTypeInfo info) => (JsonTypeInfo<TResult>)info;
}
