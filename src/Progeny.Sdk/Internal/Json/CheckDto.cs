using System.Text.Json.Serialization;

namespace Progeny.Sdk.Internal.Json;

/// <summary>
/// A check's answer (liveness, face match): a bare verdict (<c>true</c>, <c>"true"</c>) or a check object
/// (<c>{"result": false, "data": {"score": 2.59}, "error_code": "..."}</c>), read leniently in one pass by
/// <see cref="CheckConverter"/>. A member's last occurrence wins; a value that cannot be read is <see langword="null"/>.
/// </summary>
[JsonConverter(typeof(CheckConverter))]
internal sealed class CheckDto
{
    private static readonly CheckDto True = new() { Result = true };
    private static readonly CheckDto False = new() { Result = false };
    private static readonly CheckDto Unreadable = new();

    /// <summary>Gets the verdict: the bare value, or the object's <c>result</c>.</summary>
    public bool? Result { get; init; }

    /// <summary>Gets the check object's own <c>error_code</c> (FACE_TOO_SMALL).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the check object's own <c>error</c>.</summary>
    public string? Error { get; init; }

    /// <summary>Gets what the check object's <c>data</c> object holds; empty when it has none.</summary>
    public CheckDataDto Data { get; init; } = CheckDataDto.None;

    /// <summary>A bare verdict, shared: it holds nothing else.</summary>
    public static CheckDto Verdict(bool? result) => result switch
    {
        true => True,
        false => False,
        null => Unreadable,
    };
}
