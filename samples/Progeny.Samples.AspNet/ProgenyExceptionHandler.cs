using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>
/// Turns the failures Progeny.Sdk raises into problem details (RFC 7807) with a status code that says whose fault it
/// is. The texts are this application's own: no exception message, stack trace or credential reaches the client; the
/// exception goes to the log (Progeny.Sdk's messages hold no secret and no personal data).
/// </summary>
internal sealed partial class ProgenyExceptionHandler(IProblemDetailsService problemDetailsService, ILogger<ProgenyExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not ProgenyException progenyException)
        {
            return false;
        }

        var problem = ToProblem(progenyException);
        var status = problem.Status!.Value;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogProgenyFailed(logger, status, exception);
        }
        else
        {
            LogProgenyRefused(logger, status, problem.Title);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Maps one failure; the most derived exception types come first.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The problem to answer.</returns>
    internal static ProblemDetails ToProblem(ProgenyException exception) => exception switch
    {
        ProgenyValidationException validation => new HttpValidationProblemDetails(
            validation.Errors.ToDictionary(error => error.Key, error => error.Value.ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Progeny refused the upload",
            Detail = "Progeny rejected the request's fields; see errors.",
        },
        ProgenyAuthenticationException => Problem(
            StatusCodes.Status502BadGateway,
            "Progeny refused this service's credentials",
            "This service could not sign in to Progeny. Nothing was read; try again later."),
        ProgenyTaskFailedException failed => Problem(
            StatusCodes.Status422UnprocessableEntity,
            "The passport could not be read",
            failed.ErrorCode is null
                ? "Progeny could not read a passport in this image. Retake the photo: the whole data page, sharp, without glare."
                : $"Progeny could not read a passport in this image ({failed.ErrorCode}). Retake the photo: the whole data page, sharp, without glare.",
            ("errorCode", failed.ErrorCode),
            ("taskId", failed.TaskId)),
        ProgenyTaskTimeoutException timeout => Problem(
            StatusCodes.Status504GatewayTimeout,
            "Progeny did not finish in time",
            "The check is still running at Progeny. Its result can be fetched later with the task id.",
            ("taskId", timeout.TaskId)),
        ProgenyApiException api => Problem(
            StatusCodes.Status502BadGateway,
            "Progeny answered with an error",
            "Progeny could not process the request. An upload may have created a check: do not resubmit blindly.",
            ("upstreamStatus", (int)api.StatusCode)),
        _ => Problem(
            StatusCodes.Status502BadGateway,
            "Progeny could not be reached",
            "Progeny could not be reached or did not answer. If the upload got through, a check may have been created: do not resubmit blindly."),
    };

    private static ProblemDetails Problem(int status, string title, string detail, params (string Name, object? Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (name, value) in extensions)
        {
            if (value is not null)
            {
                problem.Extensions[name] = value;
            }
        }

        return problem;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Progeny failed; answering {StatusCode}")]
    private static partial void LogProgenyFailed(ILogger logger, int statusCode, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Progeny refused the image; answering {StatusCode}: {Title}")]
    private static partial void LogProgenyRefused(ILogger logger, int statusCode, string? title);
}
