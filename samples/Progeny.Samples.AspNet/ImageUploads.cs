using Microsoft.AspNetCore.Http.HttpResults;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>
/// What the endpoints that take uploaded images share: their metadata, their 400 problems, and the problems the framework
/// answers for them. Each of those problems says <c>taskMayExist: false</c>: nothing reached Progeny.
/// </summary>
internal static class ImageUploads
{
    /// <summary>The extension member that says whether a (paid) Progeny task may exist because of the request.</summary>
    public const string TaskMayExist = "taskMayExist";

    private static readonly KeyValuePair<string, object?>[] NothingSent = [new(TaskMayExist, false)];

    /// <summary>
    /// Declares an endpoint that takes one image file in each of <paramref name="fields"/>: its body size limit (413
    /// beyond it), no antiforgery token, and the problems it answers.
    /// </summary>
    /// <param name="builder">The endpoint.</param>
    /// <param name="maxImageBytes">The most bytes of one image: the client's <c>MaxImageBytes</c>.</param>
    /// <param name="fields">The form fields, one image file each.</param>
    /// <returns>The endpoint, to add conventions.</returns>
    public static RouteHandlerBuilder AcceptsImages(this RouteHandlerBuilder builder, long maxImageBytes, params string[] fields) =>
        builder.WithMetadata(new ImageForm(fields, maxImageBytes))
            // An API for programs (curl, other services) as well as for the page, so no antiforgery token. Each upload is
            // a paid check: a real service puts this endpoint behind its authentication (RequireAuthorization()).
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    /// <summary>The 400 answered when a field carries no file or an empty one: it names each such field.</summary>
    /// <param name="files">Every field of the form with the file it carried, if any.</param>
    /// <returns>The problem.</returns>
    public static ValidationProblem NoImage(params (string Field, IFormFile? File)[] files)
    {
        var errors = files
            .Where(file => file.File is not { Length: > 0 })
            .ToDictionary(file => file.Field, file => new[] { file.File is null ? "No file was uploaded." : "The file is empty." });
        return TypedResults.ValidationProblem(
            errors, title: "No image was uploaded", detail: $"Send {ImageForm.Describe([.. files.Select(file => file.Field)])}.", extensions: NothingSent);
    }

    /// <summary>The image to hand to Progeny.Sdk, read from <paramref name="content"/> under the uploaded file's name.</summary>
    /// <param name="file">The uploaded file.</param>
    /// <param name="content">Its opened content, which the caller disposes.</param>
    /// <param name="field">The form field, the file name when the upload gave none.</param>
    /// <returns>The image.</returns>
    public static ProgenyImage ToImage(IFormFile file, Stream content, string field)
    {
        var fileName = Path.GetFileName(file.FileName);
        return ProgenyImage.FromStream(content, string.IsNullOrWhiteSpace(fileName) ? field : fileName);
    }

    /// <summary>
    /// The 400 answered when Progeny.Sdk refuses an image before sending anything (not PNG or JPEG, empty, too large):
    /// it names the form field, not the request's property.
    /// </summary>
    /// <param name="field">The form field that carried the image.</param>
    /// <param name="exception">Progeny.Sdk's refusal.</param>
    /// <returns>The problem.</returns>
    public static ValidationProblem NotAnImage(string field, ArgumentException exception)
    {
        var message = exception.Message;
        var parameter = $" (Parameter '{exception.ParamName}')";
        if (exception.ParamName is not null && message.EndsWith(parameter, StringComparison.Ordinal))
        {
            message = message[..^parameter.Length];
        }

        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "The upload is not a usable image",
            detail: $"The file in '{field}': {message}",
            extensions: NothingSent);
    }

    /// <summary>
    /// Explains the problems the framework answers for an image endpoint before its handler runs: 415 (not a form), 413
    /// (the body is over the endpoint's limit) and 400 (a form that cannot be read). They carry no exception: the
    /// framework sets the status and the status code pages write the problem.
    /// </summary>
    /// <param name="context">The problem about to be written.</param>
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (context.Exception is not null || problem.Detail is not null)
        {
            return;
        }

        if (problem.Status == StatusCodes.Status415UnsupportedMediaType)
        {
            // Routing answers a request that is not a form from an endpoint of its own (the upload endpoints accept only
            // forms), so the fields cannot be named here; the 400 of a form without them names them.
            problem.Title = "The upload is not a form";
            problem.Detail = "Send the images as the files of a multipart/form-data form (curl -F, or an HTML form with enctype=\"multipart/form-data\").";
            problem.Extensions[TaskMayExist] = false;
            return;
        }

        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ImageForm>() is not { } form)
        {
            return;
        }

        (problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => ("The upload is too large", $"This endpoint takes {form.Limits}. Send {form.Expected}."),
            StatusCodes.Status400BadRequest => ("The form could not be read", $"Send {form.Expected}."),
            _ => (problem.Title, problem.Detail),
        };
        if (problem.Detail is not null)
        {
            problem.Extensions[TaskMayExist] = false;
        }
    }
}
