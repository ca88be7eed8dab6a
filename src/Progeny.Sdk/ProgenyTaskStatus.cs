namespace Progeny.Sdk;

/// <summary>
/// The status of a Progeny task, as the API spells it. Extensible: values the SDK has never seen are kept as they came.
/// </summary>
/// <param name="Value">The raw status string, e.g. <c>"PENDING"</c>.</param>
public readonly record struct ProgenyTaskStatus(string Value)
{
    /// <summary>Waiting to be processed.</summary>
    public static ProgenyTaskStatus Pending { get; } = new("PENDING");

    /// <summary>Being processed.</summary>
    public static ProgenyTaskStatus Started { get; } = new("STARTED");

    /// <summary>Failed once, to be retried by the server.</summary>
    public static ProgenyTaskStatus Retry { get; } = new("RETRY");

    /// <summary>Finished; the result may still describe a failed check.</summary>
    public static ProgenyTaskStatus Success { get; } = new("SUCCESS");

    /// <summary>Ended with an error.</summary>
    public static ProgenyTaskStatus Failure { get; } = new("FAILURE");

    /// <summary>Cancelled on the server.</summary>
    public static ProgenyTaskStatus Revoked { get; } = new("REVOKED");

    /// <summary>Gets a value indicating whether the task has ended, well or badly.</summary>
    public bool IsFinal => Equals(Success) || Equals(Failure) || Equals(Revoked);

    /// <summary>Compares two statuses, ignoring case.</summary>
    /// <param name="other">The status to compare with.</param>
    /// <returns><see langword="true"/> when both spell the same status.</returns>
    public bool Equals(ProgenyTaskStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
