using System.Text.Json;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// The <c>liveness</c> object of a stubbed face_liveness, authenticate_face or kyc task, written as the documented samples
/// write it. Start from <see cref="Live"/>, <see cref="FaceTooSmall"/> or <see cref="FaceNotFound"/> and vary it with <c>with</c>.
/// </summary>
/// <remarks>
/// A check with an <see cref="ErrorCode"/> also adds <c>issues.liveness.&lt;CODE&gt;</c> = <see cref="Error"/> to the
/// task's data, as both documented failures do.
/// </remarks>
public sealed record StubLivenessCheck
{
    /// <summary>Gets the documented live face: <c>{"data": {"score": 2.5943651, "quality": 0.8175214, "probability": 0.930498}, "result": true}</c>.</summary>
    public static StubLivenessCheck Live { get; } = new() { IsLive = true, Score = 2.5943651, Quality = 0.8175214, Probability = 0.930498 };

    /// <summary>
    /// Gets the documented FACE_TOO_SMALL failure: <c>{"result": false, "error": "Absolute face size is too small",
    /// "error_code": "FACE_TOO_SMALL"}</c>, the code beside <c>result</c>.
    /// </summary>
    public static StubLivenessCheck FaceTooSmall { get; } = new() { IsLive = false, ErrorCode = "FACE_TOO_SMALL", Error = "Absolute face size is too small" };

    /// <summary>
    /// Gets the documented FACE_NOT_FOUND failure: <c>{"data": {"error": "Failed to detect face", "error_code":
    /// "FACE_NOT_FOUND"}, "result": false}</c>, the code under <c>data</c>.
    /// </summary>
    public static StubLivenessCheck FaceNotFound { get; } = new() { IsLive = false, ErrorCode = "FACE_NOT_FOUND", Error = "Failed to detect face", ErrorUnderData = true };

    /// <summary>Gets the verdict, <c>result</c>.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IsLive { get; init; } = true;

    /// <summary>Gets <c>data.score</c> (a JSON number).</summary>
    public double? Score { get; init; }

    /// <summary>Gets <c>data.quality</c> (a JSON number).</summary>
    public double? Quality { get; init; }

    /// <summary>Gets <c>data.probability</c> (a JSON number).</summary>
    public double? Probability { get; init; }

    /// <summary>Gets the <c>error_code</c>, e.g. <c>FACE_TOO_SMALL</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the <c>error</c> message.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Gets a value indicating whether <c>error</c> and <c>error_code</c> sit under <c>data</c> (as in the FACE_NOT_FOUND
    /// sample, whose task's inner status is 200) rather than beside <c>result</c> (as in the FACE_TOO_SMALL sample, inner status 400).
    /// </summary>
    public bool ErrorUnderData { get; init; }

    /// <summary>Gets a value indicating whether the check carries an error beside <c>result</c>: the FACE_TOO_SMALL shape.</summary>
    internal bool HasErrorBesideResult => !ErrorUnderData && (ErrorCode is not null || Error is not null);

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (HasErrorBesideResult)
        {
            writer.WriteBoolean("result", IsLive);
            WriteData(writer, withError: false);
            WriteError(writer);
        }
        else
        {
            WriteData(writer, withError: ErrorUnderData);
            writer.WriteBoolean("result", IsLive);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"issues": {"liveness": {CODE: message}}</c> when the check has an error code.</summary>
    internal void WriteIssues(Utf8JsonWriter writer)
    {
        if (ErrorCode is { } code)
        {
            writer.WriteStartObject("issues");
            writer.WriteStartObject("liveness");
            writer.WriteString(code, Error ?? code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private void WriteData(Utf8JsonWriter writer, bool withError)
    {
        if (Score is null && Quality is null && Probability is null && !withError)
        {
            return;
        }

        writer.WriteStartObject("data");
        Number(writer, "score", Score);
        Number(writer, "quality", Quality);
        Number(writer, "probability", Probability);
        if (withError)
        {
            WriteError(writer);
        }

        writer.WriteEndObject();
    }

    private void WriteError(Utf8JsonWriter writer)
    {
        if (Error is not null)
        {
            writer.WriteString("error", Error);
        }

        if (ErrorCode is not null)
        {
            writer.WriteString("error_code", ErrorCode);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
