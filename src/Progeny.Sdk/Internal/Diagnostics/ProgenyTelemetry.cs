using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Progeny.Sdk.Internal;

/// <summary>The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, and the tags it records.</summary>
internal static class ProgenyTelemetry
{
    public const string TaskIdTag = "progeny.task.id";
    public const string TaskStatusTag = "progeny.task.status";
    public const string OperationTag = "progeny.operation";
    public const string ServiceTag = "progeny.service";
    public const string OutcomeTag = "progeny.outcome";
    public const string RenewalTag = "progeny.token.renewal";
    public const string ErrorTypeTag = "error.type";

    private static readonly string? Version = typeof(ProgenyTelemetry).Assembly.GetName().Version?.ToString();

    public static ActivitySource ActivitySource { get; } = new(ProgenyDiagnostics.ActivitySourceName, Version);

    public static Meter Meter { get; } = new(ProgenyDiagnostics.MeterName, Version);

    public static Histogram<double> OperationDuration { get; } = Meter.CreateHistogram<double>(
        "progeny.client.operation.duration", "s", "Duration of an SDK operation: upload, wait, or both.");

    public static Histogram<int> PollsPerOperation { get; } = Meter.CreateHistogram<int>(
        "progeny.client.task.polls", "{request}", "Status requests sent while waiting for one task.");

    public static Counter<long> TokenRenewals { get; } = Meter.CreateCounter<long>(
        "progeny.client.token.renewals", "{renewal}", "Logins and token refreshes.");

    public static Counter<long> Failures { get; } = Meter.CreateCounter<long>(
        "progeny.client.failures", "{failure}", "Operations that failed, by error type.");

    /// <summary>Records how an operation ended: its duration, and a failure by error type when it failed.</summary>
    public static void RecordOperation(string operation, string? service, long startTimestamp, TimeProvider timeProvider, Exception? failure)
    {
        var outcome = failure switch
        {
            null => "success",
            OperationCanceledException => "canceled",
            ProgenyTaskTimeoutException => "timeout",
            ProgenyTaskFailedException => "task_failed",
            _ => "error",
        };
        var operationTag = new KeyValuePair<string, object?>(OperationTag, operation);
        var serviceTag = new KeyValuePair<string, object?>(ServiceTag, service);
        if (OperationDuration.Enabled)
        {
            OperationDuration.Record(timeProvider.GetElapsedTime(startTimestamp).TotalSeconds, operationTag, serviceTag, new KeyValuePair<string, object?>(OutcomeTag, outcome));
        }

        if (failure is not null and not OperationCanceledException)
        {
            Failures.Add(1, operationTag, serviceTag, new KeyValuePair<string, object?>(ErrorTypeTag, failure.GetType().Name));
        }
    }

    /// <summary>Marks a span as failed with the exception's type, never its message.</summary>
    public static void SetError(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error);
        activity.SetTag(ErrorTypeTag, exception.GetType().Name);
    }
}
