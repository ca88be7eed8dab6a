using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>
/// A service whose finished task comes in the task envelope (<c>{"id", "status", "result": {"status", "data"}}</c>), read
/// in one pass into the service's own <c>data</c>. What makes a finished task a failure is decided here, once.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TData">The service's <c>result.data</c>.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal abstract class EnvelopedServiceDefinition<TRequest, TData, TResult> : ServiceDefinition<TRequest, TResult>
    where TData : TaskDataDto
    where TResult : ProgenyResult
{
    /// <summary>Gets the source-generated metadata of the service's envelope.</summary>
    protected abstract JsonTypeInfo<TaskEnvelope<TData>> Envelope { get; }

    /// <summary>
    /// Gets a value indicating whether the service's answer includes checks (liveness, face match) whose negative answer
    /// comes with an inner status of 400 or an error code: then such a task is still a result when its data is there.
    /// A service that only returns data (OCR, a face id, a screening) fails instead.
    /// </summary>
    protected virtual bool AnswersWithChecks => false;

    /// <summary>
    /// Deserializes the body into the service's envelope once, for its status and then its result. A well-formed body
    /// that is not this envelope (a <c>result</c> of another kind) is read for its status alone: its task has no data.
    /// </summary>
    public override bool TryReadStatus(ReadOnlySpan<byte> body, out string status, out object? parsed)
    {
        parsed = null;
        try
        {
            if (JsonSerializer.Deserialize(body, Envelope) is { } task)
            {
                parsed = task;
                status = task.Status ?? string.Empty;
                return true;
            }
        }
        catch (JsonException)
        {
            // Malformed, or well formed but not this envelope: the reader below tells which.
        }

        return TaskStatusReader.TryRead(body, out status);
    }

    public override TResult? Read(string taskId, object? parsed) =>
        parsed is TaskEnvelope<TData> { Result: { Data: { } data } result } task && (AnswersWithChecks || !result.SignalsError)
            ? Complete(taskId, task.Id, data)
            : null;

    /// <summary>Maps the service's data to its result, or <see langword="null"/> when the data the service exists to return is missing.</summary>
    protected abstract TResult? Map(TData data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues);

    /// <summary>The result of <paramref name="data"/>, with what every finished task carries.</summary>
    protected TResult? Complete(string taskId, string? recordId, TData data)
    {
        var issues = Checks.Issues(data.Issues);
        return (TResult?)Map(data, issues)?.SetTask(taskId, WireValues.RecordId(recordId), issues, JsonMembers.Readable(data.Other));
    }
}
