using Microsoft.AspNetCore.Http.HttpResults;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>
/// The <c>POST /kyc</c> endpoint: a passport photo and a selfie in; the document, whether the selfie is a live person
/// and whether it is the passport's holder out. It uses Progeny's kyc_passport service only.
/// </summary>
internal static class KycEndpoints
{
    /// <summary>The name of the multipart form field that carries the passport photo.</summary>
    public const string PassportField = "passport";

    /// <summary>The name of the multipart form field that carries the selfie.</summary>
    public const string SelfieField = "selfie";

    /// <summary>Maps <c>POST /kyc</c>.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="maxImageBytes">The most bytes of one image: the client's <c>MaxImageBytes</c>.</param>
    /// <returns>The endpoint, to add conventions.</returns>
    public static RouteHandlerBuilder MapKyc(this IEndpointRouteBuilder endpoints, long maxImageBytes) =>
        endpoints.MapPost("/kyc", VerifyAsync).AcceptsImages(maxImageBytes, PassportField, SelfieField);

    /// <summary>
    /// Verifies the holder. A selfie that is not live, or not the holder, is an answer (200), not an error; Progeny's
    /// failures are mapped by <see cref="ProgenyExceptionHandler"/>.
    /// </summary>
    private static async Task<Results<Ok<KycVerification>, ValidationProblem>> VerifyAsync(
        IFormFile? passport, IFormFile? selfie, IProgenyService<KycPassportRequest, KycPassportResult> kyc, CancellationToken cancellationToken)
    {
        if (passport is not { Length: > 0 } || selfie is not { Length: > 0 })
        {
            return ImageUploads.NoImage((PassportField, passport), (SelfieField, selfie));
        }

        await using var passportContent = passport.OpenReadStream();
        await using var selfieContent = selfie.OpenReadStream();
        var request = new KycPassportRequest(
            ImageUploads.ToImage(passport, passportContent, PassportField),
            ImageUploads.ToImage(selfie, selfieContent, SelfieField));
        KycPassportResult result;
        try
        {
            result = await kyc.RunAsync(request, cancellationToken);
        }
        catch (ArgumentException exception) when (FieldOf(exception) is { } field)
        {
            // Progeny.Sdk checks both images before sending either (PNG or JPEG, not empty, not too large): nothing was sent.
            return ImageUploads.NotAnImage(field, exception);
        }

        return TypedResults.Ok(new KycVerification(result.TaskId, result.Document, result.Liveness, result.Match));
    }

    /// <summary>The form field of the image Progeny.Sdk refused, from the request property it names.</summary>
    private static string? FieldOf(ArgumentException exception) => exception.ParamName switch
    {
        nameof(KycPassportRequest.PassportImage) => PassportField,
        nameof(KycPassportRequest.SelfieImage) => SelfieField,
        _ => null,
    };
}
