using Microsoft.AspNetCore.Http.HttpResults;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>The <c>POST /passports</c> endpoint: an uploaded passport photo in, the document read from it out.</summary>
internal static class PassportEndpoints
{
    /// <summary>The name of the multipart form field that carries the image (the handler's parameter name).</summary>
    public const string ImageField = "image";

    /// <summary>Maps <c>POST /passports</c>.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="maxImageBytes">The most bytes of the image: the client's <c>MaxImageBytes</c>.</param>
    /// <returns>The endpoint, to add conventions.</returns>
    public static RouteHandlerBuilder MapPassports(this IEndpointRouteBuilder endpoints, long maxImageBytes) =>
        endpoints.MapPost("/passports", ReadPassportAsync).AcceptsImages(maxImageBytes, ImageField);

    /// <summary>Reads the passport in the uploaded image. Progeny's failures are mapped by <see cref="ProgenyExceptionHandler"/>.</summary>
    private static async Task<Results<Ok<PassportDocument>, ValidationProblem>> ReadPassportAsync(
        IFormFile? image, IProgenyClient progeny, CancellationToken cancellationToken)
    {
        if (image is not { Length: > 0 })
        {
            return ImageUploads.NoImage((ImageField, image));
        }

        await using var content = image.OpenReadStream();
        PassportOcrResult result;
        try
        {
            result = await progeny.OcrPassportAsync(ImageUploads.ToImage(image, content, ImageField), cancellationToken: cancellationToken);
        }
        catch (ArgumentException exception)
        {
            // The image is prepared and checked before it is sent (PNG or JPEG, decodable, not too large): nothing was sent.
            return ImageUploads.NotAnImage(ImageField, exception);
        }

        return TypedResults.Ok(result.Document);
    }
}
