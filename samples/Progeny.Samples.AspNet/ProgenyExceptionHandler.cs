using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>
/// Turns the failures Progeny.Sdk raises into problem details (RFC 7807) with a status code that says whose fault it
/// is. Every such problem says in <c>taskMayExist</c> whether a (paid) Progeny task may exist because of the request,
/// from <see cref="ProgenyException.TaskMayExist"/>, and carries its <c>taskId</c> when it is known. The texts are this
/// application's own: no exception message, stack trace or credential reaches the client; the exception goes to the
/// log (Progeny.Sdk's messages hold no secret and no personal data).
/// </summary>
internal sealed partial class ProgenyExceptionHandler(IProblemDetailsService problemDetailsService, ILogger<ProgenyExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>What to do after a failed check, for either endpoint.</summary>
    private const string RetakeAdvice = "Retake the photos: the whole passport data page, sharp and without glare; a selfie whose face fills much of the picture.";

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
            LogProgenyFailed(logger, status, progenyException.TaskMayExist, exception);
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
    /// <returns>The problem to answer, with <c>taskMayExist</c> and, when known, <c>taskId</c>.</returns>
    internal static ProblemDetails ToProblem(ProgenyException exception)
    {
        var problem = exception switch
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
                "This service could not sign in to Progeny."),
            ProgenyTaskFailedException failed => Problem(
                StatusCodes.Status422UnprocessableEntity,
                "Progeny could not make the check",
                $"The task ended without a result{(failed.ErrorCode is null ? string.Empty : $" ({failed.ErrorCode})")}. {RetakeAdvice}",
                ("errorCode", failed.ErrorCode)),
            ProgenyTaskTimeoutException => Problem(
                StatusCodes.Status504GatewayTimeout,
                "Progeny did not finish in time",
                "The check is still running at Progeny; its result can be fetched later with the task id."),
            ProgenyApiException { StatusCode: System.Net.HttpStatusCode.RequestEntityTooLarge } api => Problem(
                StatusCodes.Status413PayloadTooLarge,
                "Progeny refused the upload as too large",
                "Progeny's limit on a request is lower than this service's: send smaller photos.",
                ("upstreamStatus", (int)api.StatusCode)),
            ProgenyApiException api => Problem(
                StatusCodes.Status502BadGateway,
                "Progeny answered with an error",
                $"Progeny answered {(int)api.StatusCode}.",
                ("upstreamStatus", (int)api.StatusCode)),
            _ => Problem(
                StatusCodes.Status502BadGateway,
                "Progeny could not be reached",
                "Progeny could not be reached or did not answer."),
        };

        var taskId = exception switch
        {
            ProgenyTaskFailedException failed => failed.TaskId,
            ProgenyTaskTimeoutException timeout => timeout.TaskId,
            _ => null,
        };
        problem.Detail = $"{problem.Detail} {TaskSentence(exception.TaskMayExist, taskId)}";
        problem.Extensions[ImageUploads.TaskMayExist] = exception.TaskMayExist;
        if (!string.IsNullOrEmpty(taskId))
        {
            problem.Extensions["taskId"] = taskId;
        }

        return problem;
    }

    /// <summary>What the caller may do next, from whether a task may exist: the one place that words it.</summary>
    private static string TaskSentence(bool taskMayExist, string? taskId) => (taskMayExist, string.IsNullOrEmpty(taskId)) switch
    {
        (false, _) => "No Progeny task was created: sending the photos again cannot pay twice.",
        (true, false) => $"Progeny task {taskId} exists: keep its id.",
        (true, true) => "The upload reached Progeny, so a (paid) task may exist although its id is unknown: sending the photos again may pay twice.",
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

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Progeny failed; answering {StatusCode} (a task may exist: {TaskMayExist})")]
    private static partial void LogProgenyFailed(ILogger logger, int statusCode, bool taskMayExist, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Progeny refused the request; answering {StatusCode}: {Title}")]
    private static partial void LogProgenyRefused(ILogger logger, int statusCode, string? title);
}
