using System.Buffers;

namespace Progeny.Sdk.Internal;

/// <summary>
/// The shape of a task id: 1 to 128 ASCII letters, digits, '-' or '_' (a UUID, a number). An id of any other shape is
/// never logged, tagged on a span or put into a URL: it could forge a log line, flood logs, or change the status path.
/// </summary>
internal static class TaskId
{
    public const int MaxLength = 128;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_");

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);
}
