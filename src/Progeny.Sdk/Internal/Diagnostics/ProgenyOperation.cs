using System.Diagnostics;

namespace Progeny.Sdk.Internal;

/// <summary>
/// One public operation's span and metrics: started on creation, recorded once as a success or a failure.
/// Use with <c>catch (Exception e) when (operation.Failed(e))</c>, which records without unwinding.
/// </summary>
internal sealed class ProgenyOperation : IDisposable
{
    private readonly string _operation;
    private readonly string? _service;
    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private bool _recorded;

    /// <param name="operation"><c>run</c> (upload and wait: its span is named after the service), <c>submit</c>, <c>wait</c> or <c>portrait</c>.</param>
    /// <param name="service">The service, e.g. <c>ocr_passport</c>; <see langword="null"/> for a portrait.</param>
    /// <param name="timeProvider">The client's clock.</param>
    public ProgenyOperation(string operation, string? service, TimeProvider timeProvider)
    {
        _operation = operation;
        _service = service;
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        Activity = ProgenyTelemetry.ActivitySource.StartActivity(operation == Run ? $"Progeny {service}" : $"Progeny {operation}");
        Activity?.SetTag(ProgenyTelemetry.OperationTag, operation);
        Activity?.SetTag(ProgenyTelemetry.ServiceTag, service);
    }

    /// <summary>The operation that uploads and then waits.</summary>
    public const string Run = "run";

    public Activity? Activity { get; }

    public void SetTaskId(string taskId) => Activity?.SetTag(ProgenyTelemetry.TaskIdTag, taskId);

    public T Succeeded<T>(T result)
    {
        Record(failure: null);
        return result;
    }

    /// <summary>Records the failure; always <see langword="false"/>, so that an exception filter lets it propagate untouched.</summary>
    public bool Failed(Exception exception)
    {
        ProgenyTelemetry.SetError(Activity, exception);
        Record(exception);
        return false;
    }

    public void Dispose() => Activity?.Dispose();

    private void Record(Exception? failure)
    {
        if (_recorded)
        {
            return;
        }

        _recorded = true;
        ProgenyTelemetry.RecordOperation(_operation, _service, _started, _timeProvider, failure);
    }
}
