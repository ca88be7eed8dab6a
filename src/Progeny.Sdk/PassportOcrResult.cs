using System.Text;
using System.Text.Json;

namespace Progeny.Sdk;

/// <summary>The result of a finished ocr_passport task.</summary>
/// <remarks><see cref="ToString"/> never prints the holder's data.</remarks>
public sealed record PassportOcrResult
{
    /// <summary>Gets the id of the task that produced this result.</summary>
    public string TaskId { get; init; } = string.Empty;

    /// <summary>Gets the numeric id of the stored result, which the API returns instead of the task id.</summary>
    public long? RecordId { get; init; }

    /// <summary>Gets the data read from the passport page.</summary>
    public PassportDocument Document { get; init; } = new();

    /// <summary>Gets the face-compare verdict, when the service returned one.</summary>
    public bool? Compare { get; init; }

    /// <summary>Gets the liveness verdict, when the service returned one.</summary>
    public bool? Liveness { get; init; }

    /// <summary>
    /// Gets the other members of the result's <c>data</c> object, such as the provider's original response
    /// asked for with <see cref="OcrPassportOptions.ExtendData"/>. Empty when there are none. A member holding text
    /// that is not valid UTF-8 or UTF-16 (which could not be read) is left out.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> ProviderData { get; init; } = EmptyProviderData;

    private static readonly IReadOnlyDictionary<string, JsonElement> EmptyProviderData = new Dictionary<string, JsonElement>();

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("TaskId = ").Append(TaskId)
            .Append(", RecordId = ").Append(RecordId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")
            .Append(", Document = ").Append(Document)
            .Append(", Compare = ").Append(Compare?.ToString() ?? "null")
            .Append(", Liveness = ").Append(Liveness?.ToString() ?? "null")
            .Append(", ProviderData = [").Append(string.Join(", ", ProviderData.Keys)).Append(']');
        return true;
    }
}
