using System.Text.Json;

namespace Progeny.Sdk.Testing;

/// <summary>
/// How a fake task progresses and ends. Statuses are raw strings, so statuses the real API never documented can be
/// scripted too. Use the factory methods, and <c>with</c> to adjust them.
/// </summary>
/// <remarks>
/// <para>
/// The task answers <see cref="Progress"/> one status per read, then <see cref="Status"/> on every read after that
/// (and not before <see cref="ProcessingTime"/> has passed since the upload, meanwhile repeating the last progress status).
/// </para>
/// <para>
/// The task's <c>result</c> is written as follows. With <see cref="RawResult"/> set, that JSON verbatim. Otherwise, for
/// <c>SUCCESS</c> without an error: <c>{"status": 200, "data": {"document": {...}, "compare": true, "liveness": true}}</c>.
/// For <c>SUCCESS</c> with <see cref="ErrorCode"/> or <see cref="Error"/> (a failed check, modelled on the documented
/// FACE_TOO_SMALL sample): <c>{"status": 400, "data": {"document": {"result": false, "error": ..., "error_code": ...},
/// "issues": {"document": {CODE: error}}}}</c>. For another status with an error: <c>{"status": 500, "error": ...,
/// "error_code": ...}</c>. Otherwise (in progress, <c>REVOKED</c>): <c>null</c>. <see cref="ResultStatus"/> overrides the
/// inner status in each case.
/// </para>
/// </remarks>
public sealed record FakeTaskOutcome
{
    private readonly string? _rawResult;

    /// <summary>Gets the final status, e.g. <c>SUCCESS</c>, <c>FAILURE</c>, <c>REVOKED</c>, or any other string.</summary>
    /// <value>Defaults to <c>SUCCESS</c>.</value>
    public string Status { get; init; } = "SUCCESS";

    /// <summary>Gets the statuses answered before the final one, one per read.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ProgenyFakeServerOptions.TaskProgress"/>.</value>
    public IReadOnlyList<string>? Progress { get; init; }

    /// <summary>Gets the least time between the upload and the final status, by the server's clock.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ProgenyFakeServerOptions.TaskProcessingTime"/>.</value>
    public TimeSpan? ProcessingTime { get; init; }

    /// <summary>Gets the document of a successful task.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ProgenyFakeServerOptions.Document"/> when the task is created.</value>
    public FakePassportDocument? Document { get; init; }

    /// <summary>Gets the inner <c>result.status</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: 200 for a success, 400 for a failed check, 500 for another status with an error.</value>
    public int? ResultStatus { get; init; }

    /// <summary>Gets the error message, which makes the result a failure.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the error code, e.g. <c>DOCUMENT_NOT_FOUND</c>, which makes the result a failure.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the <c>compare</c> flag of a successful result; <see langword="null"/> leaves it out.</summary>
    /// <value>Defaults to <see langword="true"/>, as in the documentation's sample.</value>
    public bool? Compare { get; init; } = true;

    /// <summary>Gets the <c>liveness</c> flag of a successful result; <see langword="null"/> leaves it out.</summary>
    /// <value>Defaults to <see langword="true"/>, as in the documentation's sample.</value>
    public bool? Liveness { get; init; } = true;

    /// <summary>Gets JSON written verbatim as the final <c>result</c> (e.g. <c>null</c>, or a shape never documented).</summary>
    /// <exception cref="ArgumentException">The value is not one valid JSON value.</exception>
    public string? RawResult
    {
        get => _rawResult;
        init
        {
            if (value is not null)
            {
                try
                {
                    using var document = JsonDocument.Parse(value);
                }
                catch (JsonException exception)
                {
                    throw new ArgumentException("RawResult is not valid JSON.", exception);
                }
            }

            _rawResult = value;
        }
    }

    /// <summary>A task that ends in <c>SUCCESS</c> with a document.</summary>
    /// <param name="document">The document, or <see langword="null"/> for <see cref="ProgenyFakeServerOptions.Document"/>.</param>
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

    /// <summary>A task that never ends: it answers <paramref name="status"/> forever.</summary>
    /// <param name="status">The status it keeps answering.</param>
    /// <returns>The outcome.</returns>
    public static FakeTaskOutcome NeverEnding(string status = "STARTED") => new() { Status = status, Progress = [] };
}
