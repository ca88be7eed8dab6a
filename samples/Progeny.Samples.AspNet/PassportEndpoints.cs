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
    /// <returns>The endpoint, to add conventions.</returns>
    public static RouteHandlerBuilder MapPassports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/passports", ReadPassportAsync)
            // An API for programs (curl, other services) as well as for the page, so no antiforgery token. Each upload is
            // a paid check: a real service puts this endpoint behind its authentication (RequireAuthorization()).
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    /// <summary>Reads the passport in the uploaded image. Progeny's failures are mapped by <see cref="ProgenyExceptionHandler"/>.</summary>
    private static async Task<Results<Ok<PassportDocument>, ProblemHttpResult>> ReadPassportAsync(
        IFormFile? image, IProgenyClient progeny, CancellationToken cancellationToken)
    {
        if (image is null || image.Length == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "No image was uploaded",
                detail: $"Send multipart/form-data with one non-empty file in the field '{ImageField}'.");
        }

        var fileName = string.IsNullOrWhiteSpace(image.FileName) ? "passport" : Path.GetFileName(image.FileName);
        await using var content = image.OpenReadStream();
        PassportOcrResult result;
        try
        {
            result = await progeny.OcrPassportAsync(ProgenyImage.FromStream(content, fileName), cancellationToken: cancellationToken);
        }
        catch (ArgumentException exception)
        {
            // The image is prepared and checked before it is sent (PNG or JPEG, decodable, not too large): nothing was sent.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The upload is not a usable image",
                detail: exception.Message);
        }

        return TypedResults.Ok(result.Document);
    }
}
