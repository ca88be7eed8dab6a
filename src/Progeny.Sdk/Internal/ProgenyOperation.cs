using System.Diagnostics;

namespace Progeny.Sdk.Internal;

/// <summary>
/// One public operation's span and metrics: started on creation, recorded once as a success or a failure.
/// Use with <c>catch (Exception e) when (operation.Failed(e))</c>, which records without unwinding.
/// </summary>
internal sealed class ProgenyOperation : IDisposable
{
    private readonly string _name;
    private readonly TimeProvider _timeProvider;
    private readonly long _started;
    private bool _recorded;

    public ProgenyOperation(string name, TimeProvider timeProvider)
    {
        _name = name;
        _timeProvider = timeProvider;
        _started = timeProvider.GetTimestamp();
        Activity = ProgenyTelemetry.ActivitySource.StartActivity($"Progeny {name}");
        Activity?.SetTag(ProgenyTelemetry.OperationTag, name);
    }

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
        ProgenyTelemetry.RecordOperation(_name, _started, _timeProvider, failure);
    }
}
