namespace Progeny.Sdk.Testing;

/// <summary>
/// Settings of a <see cref="ProgenyFakeServer"/>. The server copies them when it starts and exposes the copy as
/// <see cref="ProgenyFakeServer.Options"/>; changes to that copy apply from the next request on.
/// </summary>
public sealed class ProgenyFakeServerOptions
{
    /// <summary>Gets or sets the only user name the server accepts.</summary>
    /// <value>Defaults to <c>fake-user</c>.</value>
    public string Username { get; set; } = "fake-user";

    /// <summary>Gets or sets the only password the server accepts.</summary>
    /// <value>Defaults to <c>fake-password</c>.</value>
    public string Password { get; set; } = "fake-password";

    /// <summary>Gets or sets the <c>user_id</c> claim of the issued tokens.</summary>
    /// <value>Defaults to 41, as in the documentation's sample tokens.</value>
    public long UserId { get; set; } = 41;

    /// <summary>Gets or sets the lifetime of an access token (its <c>exp</c> is issue time plus this, in whole seconds).</summary>
    /// <value>Defaults to 5 minutes, as documented.</value>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the lifetime of a refresh token.</summary>
    /// <value>Defaults to 14 days, as the documentation's sample tokens show.</value>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Gets or sets the clock of token issue and expiry, task progress and <see cref="FakeFault.Latency"/>.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>; tests may pass a fake clock.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the statuses a task answers before its final one, one per status read.</summary>
    /// <value>Defaults to <c>PENDING</c>, then <c>STARTED</c>: the third read answers <c>SUCCESS</c>.</value>
    public IReadOnlyList<string> TaskProgress { get; set; } = ["PENDING", "STARTED"];

    /// <summary>
    /// Gets or sets the least time between an upload and its task's final status; until then the task repeats its last
    /// progress status (or <c>PENDING</c>).
    /// </summary>
    /// <value>Defaults to zero: only <see cref="TaskProgress"/> counts.</value>
    public TimeSpan TaskProcessingTime { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the document that successful tasks return, unless their outcome names another.</summary>
    /// <value>Defaults to <see cref="FakePassportDocument.Sample"/>, the documentation's sample.</value>
    public FakePassportDocument Document { get; set; } = FakePassportDocument.Sample;

    /// <summary>Gets or sets the outcome of new tasks when none is queued with <see cref="ProgenyFakeServer.EnqueueTaskOutcome"/>.</summary>
    /// <value>Defaults to <see cref="FakeTaskOutcome.Success"/> with <see cref="Document"/>.</value>
    public FakeTaskOutcome DefaultTaskOutcome { get; set; } = FakeTaskOutcome.Success();

    /// <summary>Gets or sets the integer <c>id</c> of the first task's result; later tasks count up from it.</summary>
    /// <value>Defaults to 2188, as in the documentation's sample.</value>
    public long FirstTaskRecordId { get; set; } = 2188;

    /// <summary>
    /// Gets or sets a value indicating whether an ocr_passport 400 body also lists
    /// <c>"selfie_image": ["No file was submitted."]</c>, a field the endpoint does not take, as the documentation's sample does.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ReportSelfieImageError { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether an uploaded file must look like an image (PNG, JPEG, GIF, BMP, WebP or TIFF
    /// magic bytes), as an image field would check; otherwise 400 <c>"Upload a valid image. ..."</c>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ValidateImageContent { get; set; } = true;

    /// <summary>Gets or sets the largest request body the server reads; a larger one is answered 413.</summary>
    /// <value>Defaults to 32 MiB. Read when the server starts.</value>
    public long MaxRequestBodySize { get; set; } = 32 * 1024 * 1024;

    /// <summary>Returns a copy of these options.</summary>
    /// <returns>The copy.</returns>
    public ProgenyFakeServerOptions Clone() => (ProgenyFakeServerOptions)MemberwiseClone();
}
