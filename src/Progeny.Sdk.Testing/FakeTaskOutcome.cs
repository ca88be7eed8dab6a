using System.Text.Json;
using Progeny.Sdk.Testing.Internal;

namespace Progeny.Sdk.Testing;

/// <summary>
/// How a fake task progresses and ends. Statuses are raw strings, so statuses the real API never documented can be
/// scripted too. Use the factory methods, and <c>with</c> to adjust them.
/// </summary>
/// <remarks>
/// <para>
/// The task answers <see cref="Progress"/> one status per read, then <see cref="Status"/> on every read after that
/// (and not before <see cref="ProcessingTime"/> has passed since the upload, meanwhile repeating the last progress status).
/// A read that answers <c>PENDING</c> carries <c>"id": null</c>, as a Celery view does before a worker has stored anything.
/// </para>
/// <para>
/// The task's final <c>result</c> is written as follows, for the service the task belongs to. With <see cref="RawResult"/>
/// set, that JSON verbatim; with <see cref="ExceptionText"/>, that text as a JSON string (what Celery stores for
/// <c>FAILURE</c> and <c>REVOKED</c>). Otherwise, for <c>SUCCESS</c> without an error: <c>{"status": 200, "data": ...}</c>
/// with <see cref="RawData"/>, or the service's documented sample (for a document service: <see cref="Document"/>, with
/// <see cref="Compare"/> and <see cref="Liveness"/> where the service has them). For <c>SUCCESS</c> with
/// <see cref="ErrorCode"/> or <see cref="Error"/> (a failed check, modelled on the documented FACE_TOO_SMALL sample):
/// <c>{"status": 400, "data": {CHECK: {"result": false, "error": ..., "error_code": ...}, "issues": {CHECK: {CODE: error}}}}</c>,
/// where CHECK is <c>document</c> for the document services, <c>liveness</c> for the face services and
/// <c>background_check</c> for background_check. For another status with an error: <c>{"status": 500, "error": ...,
/// "error_code": ...}</c>. Otherwise (in progress, <c>REVOKED</c>): <c>null</c>. <see cref="ResultStatus"/> overrides the
/// inner status in each case. With <see cref="Unenveloped"/>, the final read answers <c>data</c> alone, without the envelope.
/// </para>
/// <para>
/// Outcomes are queued for any service with <see cref="ProgenyFakeServer.EnqueueTaskOutcome(FakeTaskOutcome)"/>, or for
/// one with <see cref="ProgenyFakeServer.EnqueueTaskOutcome(FakeService, FakeTaskOutcome)"/>.
/// </para>
/// </remarks>
public sealed record FakeTaskOutcome
{
    private readonly string? _rawResult;
    private readonly string? _rawTaskId;
    private readonly string? _rawRecordId;
    private readonly string? _rawData;

    /// <summary>Gets the final status, e.g. <c>SUCCESS</c>, <c>FAILURE</c>, <c>REVOKED</c>, or any other string.</summary>
    /// <value>Defaults to <c>SUCCESS</c>.</value>
    public string Status { get; init; } = "SUCCESS";

    /// <summary>Gets the statuses answered before the final one, one per read.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ProgenyFakeServerOptions.TaskProgress"/>.</value>
    public IReadOnlyList<string>? Progress { get; init; }

    /// <summary>Gets the least time between the upload and the final status, by the server's clock.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ProgenyFakeServerOptions.TaskProcessingTime"/>.</value>
    public TimeSpan? ProcessingTime { get; init; }

    /// <summary>Gets the document of a successful document task (ocr_passport, ocr_card, kyc_passport, kyc_card).</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ProgenyFakeServerOptions.Document"/> when the task is created.</value>
    public FakePassportDocument? Document { get; init; }

    /// <summary>Gets the inner <c>result.status</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: 200 for a success, 400 for a failed check, 500 for another status with an error.</value>
    public int? ResultStatus { get; init; }

    /// <summary>Gets the error message, which makes the result a failure.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the error code, e.g. <c>DOCUMENT_NOT_FOUND</c>, which makes the result a failure.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the <c>compare</c> flag of a successful ocr_passport, kyc_passport or kyc_card result; <see langword="null"/> leaves it out.</summary>
    /// <value>Defaults to <see langword="true"/>, as in the documentation's sample.</value>
    public bool? Compare { get; init; } = true;

    /// <summary>Gets the <c>liveness</c> flag of a successful ocr_passport, kyc_passport or kyc_card result; <see langword="null"/> leaves it out.</summary>
    /// <value>Defaults to <see langword="true"/>, as in the documentation's sample.</value>
    public bool? Liveness { get; init; } = true;

    /// <summary>Gets JSON written verbatim as the final <c>result</c> (e.g. <c>null</c>, or a shape never documented).</summary>
    /// <exception cref="ArgumentException">The value is not one valid JSON value.</exception>
    public string? RawResult
    {
        get => _rawResult;
        init => _rawResult = ValidJson(value, JsonValueKind.Undefined);
    }

    /// <summary>Gets the JSON object written verbatim as <c>result.data</c> of a <c>SUCCESS</c> without an error, instead of the service's sample.</summary>
    /// <exception cref="ArgumentException">The value is not a JSON object.</exception>
    public string? RawData
    {
        get => _rawData;
        init => _rawData = ValidJson(value, JsonValueKind.Object);
    }

    /// <summary>
    /// Gets the text written as a JSON string as the final <c>result</c>, as Celery stores a task's exception for
    /// <c>FAILURE</c> and <c>REVOKED</c>: e.g. <c>ValueError('Could not read the image')</c>.
    /// </summary>
    public string? ExceptionText { get; init; }

    /// <summary>
    /// Gets a value indicating whether the final read answers <c>result.data</c> alone as its body, without the
    /// <c>id</c>/<c>status</c>/<c>result</c> envelope, as the background_check documentation shows it.
    /// </summary>
    public bool Unenveloped { get; init; }

    /// <summary>
    /// Gets the task id the upload answers, as JSON, instead of a new UUID string: e.g. <c>12345</c> (a number) or
    /// <c>"T-1"</c>. The task is then read with that value's text (<c>?id=12345</c>). Only tasks created by an upload or
    /// <see cref="ProgenyFakeServer.CreateTask(FakeTaskOutcome)"/> use it.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a JSON string or number.</exception>
    public string? RawTaskId
    {
        get => _rawTaskId;
        init => _rawTaskId = ValidJson(value, JsonValueKind.String, JsonValueKind.Number);
    }

    /// <summary>Gets JSON written verbatim as the task's <c>id</c> on every status read, instead of the integer record id: e.g. <c>"2188"</c>.</summary>
    /// <exception cref="ArgumentException">The value is not one valid JSON value.</exception>
    public string? RawRecordId
    {
        get => _rawRecordId;
        init => _rawRecordId = ValidJson(value, JsonValueKind.Undefined);
    }

    /// <summary>A task that ends in <c>SUCCESS</c> with its service's documented result: for a document service, with <paramref name="document"/>.</summary>
    /// <param name="document">The document of a document service, or <see langword="null"/> for <see cref="ProgenyFakeServerOptions.Document"/>.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome Success(FakePassportDocument? document = null) => new() { Document = document };

    /// <summary>A task that says <c>SUCCESS</c> while its inner <c>result.status</c> is 400 with an <c>error_code</c>: a failed check.</summary>
    /// <param name="errorCode">The error code, e.g. <c>DOCUMENT_NOT_FOUND</c>.</param>
    /// <param name="error">The error message.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome FailedCheck(string errorCode = "DOCUMENT_NOT_FOUND", string error = "Failed to detect document") =>
        new() { ErrorCode = errorCode, Error = error };

    /// <summary>A task that ends in <c>FAILURE</c>.</summary>
    /// <param name="error">The error message.</param>
    /// <param name="errorCode">The error code, if any.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome Failure(string error = "Task failed", string? errorCode = null) =>
        new() { Status = "FAILURE", Error = error, ErrorCode = errorCode };

    /// <summary>A task that ends in <c>REVOKED</c>, with a <c>null</c> result.</summary>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome Revoked() => new() { Status = "REVOKED" };

    /// <summary>A task that ends in <c>FAILURE</c> with the exception's text as its <c>result</c>, as Celery answers a task that raised.</summary>
    /// <param name="exceptionText">The text, e.g. <c>ValueError('Could not read the image')</c>.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome FailureWithException(string exceptionText = "ValueError('Could not read the image')")
    {
        ArgumentNullException.ThrowIfNull(exceptionText);
        return new() { Status = "FAILURE", ExceptionText = exceptionText };
    }

    /// <summary>A task that ends in <c>REVOKED</c> with the exception's text as its <c>result</c>, as Celery answers a revoked task.</summary>
    /// <param name="exceptionText">The text, e.g. <c>TaskRevokedError('terminated')</c>.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome RevokedWithException(string exceptionText = "TaskRevokedError('terminated')")
    {
        ArgumentNullException.ThrowIfNull(exceptionText);
        return new() { Status = "REVOKED", ExceptionText = exceptionText };
    }

    /// <summary>A successful task whose final read answers its <c>data</c> without the envelope, e.g. background_check's documented <c>{"background_check": {...}}</c>.</summary>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome SuccessWithoutEnvelope() => new() { Unenveloped = true };

    /// <summary>face_liveness's documented "face too small" answer: <c>SUCCESS</c>, inner status 400, the code directly under <c>liveness</c>.</summary>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome FaceTooSmall() => new() { ResultStatus = 400, RawData = FakeSamples.FaceTooSmall };

    /// <summary>The overview's documented "no face" answer: <c>SUCCESS</c>, inner status 200, the code under <c>liveness.data</c>.</summary>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome FaceNotFound() => new() { RawData = FakeSamples.FaceNotFound };

    /// <summary>An authenticate_face answer whose face does not match the registered one: a live face, <c>authentication.result</c> false.</summary>
    /// <param name="matchScore">The <c>matchScore</c>, sent as a string as the documentation's sample does.</param>
    /// <param name="scorePercent">The <c>scorePercent</c>, sent as a string.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome FaceMismatch(string matchScore = "2.0", string scorePercent = "10.0") =>
        new() { RawData = FakeSamples.Authentication(result: false, matchScore, scorePercent) };

    /// <summary>A register_face answer with the given <c>uuid</c> (the documented sample answers <c>d3da2b7a-b062-11ec-b3b9-0242ac190002</c>).</summary>
    /// <param name="faceId">The uuid, e.g. a version-1 UUID as the API issues.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome RegisteredFace(string faceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(faceId);
        return new() { RawData = FakeSamples.Registration(faceId) };
    }

    /// <summary>
    /// A background_check answer with hits: <c>potential_match</c> true, <c>total_matches</c> the number of hits. The shape
    /// of a hit is not documented: pass your own JSON objects, or get one made-up hit.
    /// </summary>
    /// <param name="riskLevel">The <c>risk_level</c> (only <c>unknown</c> is documented).</param>
    /// <param name="hits">The hits, each one JSON object; none for one made-up hit.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">A hit is not a JSON object.</exception>
    public static FakeTaskOutcome BackgroundCheckMatch(string riskLevel = "high", params string[] hits)
    {
        ArgumentNullException.ThrowIfNull(riskLevel);
        ArgumentNullException.ThrowIfNull(hits);
        foreach (var hit in hits)
        {
            ValidJson(hit, JsonValueKind.Object);
        }

        return new() { RawData = FakeSamples.BackgroundCheck(riskLevel, hits.Length > 0 ? hits : [FakeSamples.MadeUpHit]) };
    }

    /// <summary>A task that never ends: it answers <paramref name="status"/> forever.</summary>
    /// <param name="status">The status it keeps answering.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome NeverEnding(string status = "STARTED") => new() { Status = status, Progress = [] };

    /// <summary>The text of a raw task id: a JSON string's value or a number's digits.</summary>
    internal static string TaskIdText(string rawTaskId)
    {
        using var document = JsonDocument.Parse(rawTaskId);
        return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : document.RootElement.GetRawText();
    }

    private static string? ValidJson(string? value, params JsonValueKind[] kinds)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            if (kinds[0] != JsonValueKind.Undefined && Array.IndexOf(kinds, document.RootElement.ValueKind) < 0)
            {
                throw new ArgumentException($"The raw JSON must be a {string.Join(" or ", kinds)}.");
            }
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("The raw value is not valid JSON.", exception);
        }

        return value;
    }
}
