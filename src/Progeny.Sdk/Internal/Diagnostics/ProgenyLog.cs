using System.Net;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Internal;

/// <summary>The SDK's log messages. They name operations, task ids and status codes, never a secret or the holder's data.</summary>
internal static partial class ProgenyLog
{
    [LoggerMessage(1, LogLevel.Debug, "Logging in to Progeny")]
    public static partial void LoggingIn(ILogger logger);

    [LoggerMessage(2, LogLevel.Debug, "Refreshing the Progeny access token")]
    public static partial void RefreshingToken(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "Progeny refused the refresh token ({StatusCode}); logging in again")]
    public static partial void RefreshRefused(ILogger logger, HttpStatusCode statusCode);

    [LoggerMessage(4, LogLevel.Warning, "Progeny refused the credentials ({StatusCode})")]
    public static partial void CredentialsRefused(ILogger logger, HttpStatusCode statusCode);

    [LoggerMessage(5, LogLevel.Debug, "Progeny answered 401 to {Method} {Path}; renewing the token and resending once")]
    public static partial void Unauthorized(ILogger logger, HttpMethod method, string? path);

    [LoggerMessage(10, LogLevel.Debug, "Uploading a {Service} request: {Images} image(s), {Length} bytes")]
    public static partial void Uploading(ILogger logger, string service, int images, long length);

    [LoggerMessage(11, LogLevel.Information, "Progeny created {Service} task {TaskId}")]
    public static partial void TaskCreated(ILogger logger, string service, string taskId);

    [LoggerMessage(12, LogLevel.Warning, "The {Service} upload failed after it was sent; task may exist, not retried")]
    public static partial void UploadUncertain(ILogger logger, string service, Exception exception);

    [LoggerMessage(20, LogLevel.Debug, "Task {TaskId} is {Status}")]
    public static partial void TaskStatus(ILogger logger, string taskId, string status);

    [LoggerMessage(21, LogLevel.Debug, "Reading the status of task {TaskId} failed transiently; retrying")]
    public static partial void PollFailed(ILogger logger, string taskId, Exception exception);

    [LoggerMessage(22, LogLevel.Information, "Task {TaskId} ended as {Status}")]
    public static partial void TaskEnded(ILogger logger, string taskId, string status);

    [LoggerMessage(23, LogLevel.Warning, "Task {TaskId} did not end within {Timeout}")]
    public static partial void TaskTimedOut(ILogger logger, string taskId, TimeSpan timeout);

    [LoggerMessage(24, LogLevel.Warning, "The caller's progress failed on a status of task {TaskId}; waiting on")]
    public static partial void ProgressFailed(ILogger logger, string taskId, Exception exception);
}
