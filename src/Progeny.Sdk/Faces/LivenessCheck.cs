using System.Globalization;
using System.Text;

namespace Progeny.Sdk;

/// <summary>
/// A liveness check's answer: is the face a live person. A negative or impossible check is an answer, not an error:
/// <see cref="IsLive"/> is <see langword="false"/> and <see cref="ErrorCode"/> says why (e.g. <c>FACE_TOO_SMALL</c>,
/// <c>FACE_NOT_FOUND</c>).
/// </summary>
public sealed record LivenessCheck
{
    /// <summary>Gets the verdict: <see langword="true"/> for a live person, <see langword="null"/> when the service gave none.</summary>
    public bool? IsLive { get; init; }

    /// <summary>Gets the provider's liveness score.</summary>
    public double? Score { get; init; }

    /// <summary>Gets the provider's image quality estimate.</summary>
    public double? Quality { get; init; }

    /// <summary>Gets the provider's probability that the face is live.</summary>
    public double? Probability { get; init; }

    /// <summary>Gets why the check said no or could not be made, e.g. <c>FACE_TOO_SMALL</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the service's message for <see cref="ErrorCode"/>, e.g. <c>Absolute face size is too small</c>.</summary>
    public string? Error { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("IsLive = ").Append(IsLive?.ToString() ?? "null")
            .Append(", Score = ").Append(Score?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", Quality = ").Append(Quality?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", Probability = ").Append(Probability?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", ErrorCode = ").Append(ErrorCode ?? "null");
        return true;
    }
}
