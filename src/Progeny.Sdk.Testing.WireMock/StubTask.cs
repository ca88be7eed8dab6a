using System.Text.Json;
using Progeny.Sdk.Testing.WireMock.Internal;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// What one stubbed task answers on <c>GET services/task/?id=</c>: each status of <see cref="Progress"/> once, in order,
/// then its final answer on every read after that. Build one with a factory (the documented samples and failures) and
/// vary it with <c>with</c>, e.g. <c>StubTask.OcrPassport() with { Progress = ["PENDING", "STARTED"] }</c>.
/// </summary>
/// <remarks>
/// A progress answer is what Celery answers before a task ends: <c>{"id": null, "status": "PENDING", "result": null}</c>.
/// The final answer is the envelope <c>{"id": RecordId, "status": Status, "result": Result}</c>, or <see cref="Body"/>
/// verbatim when it is set. Progress advances through a WireMock scenario named <c>Progeny task &lt;TaskId&gt;</c>.
/// </remarks>
public sealed record StubTask
{
    private readonly string? _result;
    private readonly string? _body;

    /// <summary>Gets the task id the submission answers (<c>{"id": "..."}</c>) and the status reads ask for.</summary>
    /// <value>Defaults to <see langword="null"/>: a new UUID when the task is stubbed.</value>
    public string? TaskId { get; init; }

    /// <summary>Gets the statuses answered before the final one, one per status read, e.g. <c>PENDING</c>, <c>STARTED</c>.</summary>
    /// <value>Defaults to none: the first read answers the final status.</value>
    public IReadOnlyList<string> Progress { get; init; } = [];

    /// <summary>Gets the final <c>status</c>, e.g. <c>SUCCESS</c>, <c>FAILURE</c>, <c>REVOKED</c> or any other string.</summary>
    /// <value>Defaults to <c>SUCCESS</c>.</value>
    public string Status { get; init; } = "SUCCESS";

    /// <summary>Gets the integer <c>id</c> of the final answer (the API's record id); <see langword="null"/> writes <c>null</c>.</summary>
    public long? RecordId { get; init; }

    /// <summary>Gets the final <c>result</c> as JSON, written verbatim (e.g. <c>{"status": 200, "data": {...}}</c> or <c>null</c>).</summary>
    /// <exception cref="ArgumentException">The value is not one valid JSON value.</exception>
    public string? Result
    {
        get => _result;
        init => _result = StubJson.Validated(value, "The result");
    }

    /// <summary>
    /// Gets the whole final answer as JSON, written verbatim instead of the envelope (as the documented background_check
    /// answer, which has none); <see cref="Status"/>, <see cref="RecordId"/> and <see cref="Result"/> are then not written.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not one valid JSON value.</exception>
    public string? Body
    {
        get => _body;
        init => _body = StubJson.Validated(value, "The body");
    }

    /// <summary>The documented ocr_passport answer: <c>SUCCESS</c>, <c>{"status": 200, "data": {"document": {...}, "compare": true, "liveness": true}}</c>, id 2188.</summary>
    /// <param name="document">The document, or <see langword="null"/> for <see cref="StubPassportDocument.Sample"/>.</param>
    /// <returns>The task.</returns>
    public static StubTask OcrPassport(StubPassportDocument? document = null) =>
        Success(2188, data => WriteDocumentData(data, document, liveness: null, match: null, withChecks: true));

    /// <summary>
    /// An ocr_card answer: <c>SUCCESS</c>, <c>{"status": 200, "data": {"document": {...}}}</c>. The documentation's sample
    /// is unreadable; this is the ocr_passport shape, as the SDK expects.
    /// </summary>
    /// <param name="document">The card's document, or <see langword="null"/> for <see cref="StubPassportDocument.Sample"/>.</param>
    /// <returns>The task.</returns>
    public static StubTask OcrCard(StubPassportDocument? document = null) =>
        Success(2188, data => WriteDocumentData(data, document, liveness: null, match: null, withChecks: false));

    /// <summary>
    /// A kyc_passport answer: <c>SUCCESS</c>, <c>{"status": 200, "data": {"document": {...}, "compare": ..., "liveness": ...}}</c>.
    /// The documentation's sample is unreadable; this is the ocr_passport sample's shape, which already carries both checks.
    /// </summary>
    /// <param name="document">The document, or <see langword="null"/> for <see cref="StubPassportDocument.Sample"/>.</param>
    /// <param name="liveness">The liveness object, or <see langword="null"/> for <c>"liveness": true</c> as in the sample.</param>
    /// <param name="match">The comparison object, or <see langword="null"/> for <c>"compare": true</c> as in the sample.</param>
    /// <returns>The task.</returns>
    public static StubTask KycPassport(StubPassportDocument? document = null, StubLivenessCheck? liveness = null, StubFaceMatch? match = null) =>
        Success(2188, data => WriteDocumentData(data, document, liveness, match, withChecks: true));

    /// <summary>A kyc_card answer: the <see cref="KycPassport"/> shape with the card's document.</summary>
    /// <param name="document">The card's document, or <see langword="null"/> for <see cref="StubPassportDocument.Sample"/>.</param>
    /// <param name="liveness">The liveness object, or <see langword="null"/> for <c>"liveness": true</c>.</param>
    /// <param name="match">The comparison object, or <see langword="null"/> for <c>"compare": true</c>.</param>
    /// <returns>The task.</returns>
    public static StubTask KycCard(StubPassportDocument? document = null, StubLivenessCheck? liveness = null, StubFaceMatch? match = null) =>
        KycPassport(document, liveness, match);

    /// <summary>
    /// The documented face_liveness answers: <c>SUCCESS</c>, <c>{"data": {"liveness": {...}, "issues": ...}, "status": 200}</c>
    /// (id 2182); the inner status is 400 when the error sits beside <c>result</c>, as in the FACE_TOO_SMALL sample.
    /// </summary>
    /// <param name="liveness">The check, or <see langword="null"/> for <see cref="StubLivenessCheck.Live"/>; pass
    /// <see cref="StubLivenessCheck.FaceTooSmall"/> or <see cref="StubLivenessCheck.FaceNotFound"/> for the documented failures.</param>
    /// <returns>The task.</returns>
    public static StubTask FaceLiveness(StubLivenessCheck? liveness = null)
    {
        var check = liveness ?? StubLivenessCheck.Live;
        return new StubTask
        {
            RecordId = 2182,
            Result = StubJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("data");
                writer.WritePropertyName("liveness");
                check.WriteTo(writer);
                check.WriteIssues(writer);
                writer.WriteEndObject();
                writer.WriteNumber("status", check.HasErrorBesideResult ? 400 : 200);
                writer.WriteEndObject();
            }),
        };
    }

    /// <summary>The documented register_face answer: <c>SUCCESS</c>, <c>{"status": 200, "data": {"uuid": "..."}}</c>, id 2170.</summary>
    /// <param name="faceId">The registered face's id; the documented one is a version-1 UUID.</param>
    /// <returns>The task.</returns>
    public static StubTask RegisterFace(string faceId = "d3da2b7a-b062-11ec-b3b9-0242ac190002")
    {
        ArgumentException.ThrowIfNullOrEmpty(faceId);
        return Success(2170, data => data.WriteString("uuid", faceId));
    }

    /// <summary>
    /// The documented authenticate_face answer: <c>SUCCESS</c>, <c>{"status": 200, "data": {"authentication": {...},
    /// "liveness": {...}}}</c>, id 2172.
    /// </summary>
    /// <param name="match">The comparison, or <see langword="null"/> for <see cref="StubFaceMatch.Sample"/>.</param>
    /// <param name="liveness">The liveness check, or <see langword="null"/> for <see cref="StubLivenessCheck.Live"/>.</param>
    /// <returns>The task.</returns>
    public static StubTask AuthenticateFace(StubFaceMatch? match = null, StubLivenessCheck? liveness = null) =>
        Success(2172, data =>
        {
            data.WritePropertyName("authentication");
            (match ?? StubFaceMatch.Sample).WriteTo(data);
            var check = liveness ?? StubLivenessCheck.Live;
            data.WritePropertyName("liveness");
            check.WriteTo(data);
            check.WriteIssues(data);
        });

    /// <summary>
    /// The documented background_check answer, which has no envelope: <c>{"background_check": {...}}</c> at the top. With
    /// <paramref name="enveloped"/>, the same object as <c>result.data.background_check</c> of a <c>SUCCESS</c> envelope.
    /// </summary>
    /// <param name="check">The check, or <see langword="null"/> for <see cref="StubBackgroundCheck.Sample"/>.</param>
    /// <param name="enveloped">Whether to wrap it in the task envelope.</param>
    /// <returns>The task.</returns>
    public static StubTask BackgroundCheck(StubBackgroundCheck? check = null, bool enveloped = false)
    {
        var value = check ?? StubBackgroundCheck.Sample;
        void Write(Utf8JsonWriter writer)
        {
            writer.WritePropertyName("background_check");
            value.WriteTo(writer);
        }

        return enveloped
            ? Success(2190, Write)
            : new StubTask { Body = StubJson.Write(writer => { writer.WriteStartObject(); Write(writer); writer.WriteEndObject(); }) };
    }

    /// <summary>
    /// A failed check: <c>SUCCESS</c> whose inner status is 400, <c>{"status": 400, "data": {"document": {"result": false,
    /// "error": ..., "error_code": ...}, "issues": {"document": {CODE: error}}}}</c>, modelled on the documented FACE_TOO_SMALL answer.
    /// </summary>
    /// <param name="errorCode">The error code, e.g. <c>DOCUMENT_NOT_FOUND</c>.</param>
    /// <param name="error">The error message.</param>
    /// <param name="check">The name of the failed check's object and of its <c>issues</c> entry.</param>
    /// <returns>The task.</returns>
    public static StubTask FailedCheck(string errorCode = "DOCUMENT_NOT_FOUND", string error = "Failed to detect document", string check = "document")
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentException.ThrowIfNullOrEmpty(check);
        return new StubTask
        {
            RecordId = 2188,
            Result = StubJson.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("status", 400);
                writer.WriteStartObject("data");
                writer.WriteStartObject(check);
                writer.WriteBoolean("result", false);
                writer.WriteString("error", error);
                writer.WriteString("error_code", errorCode);
                writer.WriteEndObject();
                writer.WriteStartObject("issues");
                writer.WriteStartObject(check);
                writer.WriteString(errorCode, error);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }),
        };
    }

    /// <summary>A task that ends in <c>FAILURE</c>; its <c>result</c> is the exception's text, as Celery writes it.</summary>
    /// <param name="error">The exception's text.</param>
    /// <returns>The task.</returns>
    public static StubTask Failure(string error = "ValueError('Failed to process the image')") => Ended("FAILURE", error);

    /// <summary>A task that ends in <c>REVOKED</c>; its <c>result</c> is the exception's text, as Celery writes it.</summary>
    /// <returns>The task.</returns>
    public static StubTask Revoked() => Ended("REVOKED", "TaskRevokedError('revoked')");

    /// <summary>A task that never ends: every read answers <c>{"id": null, "status": status, "result": null}</c>. For timeouts.</summary>
    /// <param name="status">The status it keeps answering.</param>
    /// <returns>The task.</returns>
    public static StubTask NeverEnding(string status = "STARTED")
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        return new StubTask { Status = status, Result = "null" };
    }

    /// <summary>A task whose final answer is <paramref name="body"/> verbatim: any shape, documented or not.</summary>
    /// <param name="body">One JSON value.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> is not one valid JSON value.</exception>
    public static StubTask FromBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new StubTask { Body = body };
    }

    /// <summary>Names the task's id, progress and final status, never its result (which may hold a holder's data).</summary>
    /// <returns>For example <c>StubTask efe46711-… PENDING, STARTED → SUCCESS</c>.</returns>
    public override string ToString()
    {
        var final = _body is null ? Status : "(body)";
        var id = TaskId ?? "(new id)";
        return Progress.Count == 0 ? $"StubTask {id} {final}" : $"StubTask {id} {string.Join(", ", Progress)} → {final}";
    }

    /// <summary>The answer to a status read while the task is in <paramref name="status"/>.</summary>
    internal static string ProgressBody(string status) => StubJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNull("id");
        writer.WriteString("status", status);
        writer.WriteNull("result");
        writer.WriteEndObject();
    });

    /// <summary>The final answer to a status read.</summary>
    internal string FinalBody() => _body ?? StubJson.Write(writer =>
    {
        writer.WriteStartObject();
        if (RecordId is { } id)
        {
            writer.WriteNumber("id", id);
        }
        else
        {
            writer.WriteNull("id");
        }

        writer.WriteString("status", Status);
        writer.WritePropertyName("result");
        writer.WriteRawValue(_result ?? "null");
        writer.WriteEndObject();
    });

    private static StubTask Success(long recordId, Action<Utf8JsonWriter> writeData) => new()
    {
        RecordId = recordId,
        Result = StubJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("status", 200);
            writer.WriteStartObject("data");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }),
    };

    private static StubTask Ended(string status, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new StubTask { Status = status, RecordId = 2188, Result = StubJson.Write(writer => writer.WriteStringValue(error)) };
    }

    private static void WriteDocumentData(Utf8JsonWriter writer, StubPassportDocument? document, StubLivenessCheck? liveness, StubFaceMatch? match, bool withChecks)
    {
        writer.WritePropertyName("document");
        (document ?? StubPassportDocument.Sample).WriteTo(writer);
        if (!withChecks)
        {
            return;
        }

        writer.WritePropertyName("compare");
        if (match is null)
        {
            writer.WriteBooleanValue(true);
        }
        else
        {
            match.WriteTo(writer);
        }

        writer.WritePropertyName("liveness");
        if (liveness is null)
        {
            writer.WriteBooleanValue(true);
        }
        else
        {
            liveness.WriteTo(writer);
            liveness.WriteIssues(writer);
        }
    }
}
