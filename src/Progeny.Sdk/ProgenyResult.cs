using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Progeny.Sdk;

/// <summary>What every finished task returns besides its service's data: its ids, its issues and the provider's data.</summary>
/// <remarks><see cref="ToString"/> never prints the holder's data: ids, verdicts, codes and member names only.</remarks>
public abstract record ProgenyResult
{
    /// <summary>Gets the id of the task that produced this result.</summary>
    public string TaskId { get; init; } = string.Empty;

    /// <summary>Gets the numeric id of the stored result, which the API returns instead of the task id.</summary>
    public long? RecordId { get; init; }

    /// <summary>
    /// Gets the problems the service reported, by check and then by error code, with their messages, e.g.
    /// <c>Issues["liveness"]["FACE_TOO_SMALL"]</c> = <c>"Absolute face size is too small"</c>. Empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Issues { get; init; } =
        FrozenDictionary<string, IReadOnlyDictionary<string, string>>.Empty;

    /// <summary>
    /// Gets the other members of the result's <c>data</c> object, such as the providers' original responses asked for
    /// with <c>ExtendData</c>. Empty when there are none. A member holding text that is not valid UTF-8 or UTF-16
    /// (which could not be read) is left out.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> ProviderData { get; init; } = FrozenDictionary<string, JsonElement>.Empty;

    /// <summary>A copy of this result (of its own type) with what every finished task carries.</summary>
    internal ProgenyResult WithTask(
        string taskId, long? recordId, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> issues, IReadOnlyDictionary<string, JsonElement> providerData) =>
        this with { TaskId = taskId, RecordId = recordId, Issues = issues, ProviderData = providerData };

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
