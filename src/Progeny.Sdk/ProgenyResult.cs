using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Progeny.Sdk;

/// <summary>What every finished task returns besides its service's data: its ids, its issues and the provider's data.</summary>
/// <remarks><see cref="ToString"/> never prints the holder's data: ids, verdicts, codes and member names only.</remarks>
public abstract record ProgenyResult
{
    private string _taskId = string.Empty;
    private long? _recordId;
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _issues = FrozenDictionary<string, IReadOnlyDictionary<string, string>>.Empty;
    private IReadOnlyDictionary<string, JsonElement> _providerData = FrozenDictionary<string, JsonElement>.Empty;

    /// <summary>Gets the id of the task that produced this result.</summary>
    public string TaskId { get => _taskId; init => _taskId = value; }

    /// <summary>Gets the numeric id of the stored result, which the API returns instead of the task id.</summary>
    public long? RecordId { get => _recordId; init => _recordId = value; }

    /// <summary>
    /// Gets the problems the service reported, by check and then by error code, with their messages, e.g.
    /// <c>Issues["liveness"]["FACE_TOO_SMALL"]</c> = <c>"Absolute face size is too small"</c>. Empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Issues { get => _issues; init => _issues = value; }

    /// <summary>
    /// Gets the other members of the result's <c>data</c> object, such as the providers' original responses asked for
    /// with <c>ExtendData</c>. Empty when there are none. A member holding text that is not valid UTF-8 or UTF-16
    /// (which could not be read) is left out.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> ProviderData { get => _providerData; init => _providerData = value; }

    /// <summary>
    /// Sets what every finished task carries on this result, which a service's mapping has just built and nobody else
    /// has seen yet: the result is built once, not copied.
    /// </summary>
    internal ProgenyResult SetTask(
        string taskId, long? recordId, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues, IReadOnlyDictionary<string, JsonElement> providerData)
    {
        _taskId = taskId;
        _recordId = recordId;
        _issues = issues;
        _providerData = providerData;
        return this;
    }

    /// <summary>Prints the ids, the issues' codes and the names of the provider's members.</summary>
    /// <param name="builder">The builder of <see cref="ToString"/>.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("TaskId = ").Append(TaskId)
            .Append(", RecordId = ").Append(RecordId?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", Issues = [").AppendJoin(", ", Issues.SelectMany(check => check.Value.Keys.Select(code => $"{check.Key}.{code}"))).Append(']')
            .Append(", ProviderData = [").AppendJoin(", ", ProviderData.Keys).Append(']');
        return true;
    }
}
