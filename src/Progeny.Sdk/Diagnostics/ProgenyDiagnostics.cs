namespace Progeny.Sdk;

/// <summary>
/// The names under which the SDK publishes traces and metrics, for OpenTelemetry's
/// <c>AddSource(ProgenyDiagnostics.ActivitySourceName)</c> and <c>AddMeter(ProgenyDiagnostics.MeterName)</c>.
/// </summary>
/// <remarks>Spans and metrics carry operation names, task ids, statuses and error types, never a secret or the holder's data.</remarks>
public static class ProgenyDiagnostics
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>: one span per upload, status request and token renewal.</summary>
    public const string ActivitySourceName = "Progeny.Sdk";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>progeny.client.operation.duration</c>,
    /// <c>progeny.client.task.polls</c>, <c>progeny.client.token.renewals</c> and <c>progeny.client.failures</c>.
    /// </summary>
    public const string MeterName = "Progeny.Sdk";
}
