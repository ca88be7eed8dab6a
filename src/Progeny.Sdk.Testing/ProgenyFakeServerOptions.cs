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

    /// <summary>
    /// Gets or sets the clock of token issue and expiry, task progress and <see cref="FakeFault.Latency"/>. The server runs on
    /// <see cref="ProgenyFakeServer.TimeProvider"/>: this clock plus the client waits it skipped (see <see cref="SkipClientWaits"/>).
    /// </summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>; tests may pass a fake clock. Read when the server starts.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets a value indicating whether waits are skipped on <see cref="ProgenyFakeServer.TimeProvider"/>, the clock the
    /// server shares with the clients of <see cref="ProgenyFakeServer.CreateClient"/>: whenever no request is in flight and a
    /// timer pending on it is a delay (<c>Task.Delay</c>: a poll interval, a back-off, a <c>Retry-After</c>), the clock jumps to
    /// the earliest pending timer instead of waiting, and every timer due by then fires in order. A call that polls PENDING,
    /// STARTED, SUCCESS then takes milliseconds, with the same requests and the same timestamps as in real time; a timeout
    /// still fires when the clock reaches it, in real time or by a jump.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>. Read when the server starts. Turn it off for tests that need the client to wait in real time.</value>
    public bool SkipClientWaits { get; set; } = true;

    /// <summary>Gets or sets the statuses a task answers before its final one, one per status read.</summary>
    /// <value>Defaults to <c>PENDING</c>, then <c>STARTED</c>: the third read answers <c>SUCCESS</c>.</value>
    public IReadOnlyList<string> TaskProgress { get; set; } = ["PENDING", "STARTED"];

    /// <summary>
    /// Gets or sets the least time between an upload and its task's final status; until then the task repeats its last
    /// progress status (or <c>PENDING</c>).
    /// </summary>
    /// <value>Defaults to zero: only <see cref="TaskProgress"/> counts.</value>
    public TimeSpan TaskProcessingTime { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the document that successful document tasks (ocr_passport, ocr_card, kyc_passport, kyc_card) return, unless their outcome names another.</summary>
    /// <value>Defaults to <see cref="FakePassportDocument.Sample"/>, the documentation's sample.</value>
    public FakePassportDocument Document { get; set; } = FakePassportDocument.Sample;

    /// <summary>Gets or sets the outcome of new tasks when none is queued with <see cref="ProgenyFakeServer.EnqueueTaskOutcome(FakeTaskOutcome)"/>.</summary>
    /// <value>Defaults to <see cref="FakeTaskOutcome.Success"/> with <see cref="Document"/>.</value>
    public FakeTaskOutcome DefaultTaskOutcome { get; set; } = FakeTaskOutcome.Success();

    /// <summary>Gets or sets the integer <c>id</c> of the first task's result; later tasks count up from it.</summary>
    /// <value>Defaults to 2188, as in the documentation's sample.</value>
    public long FirstTaskRecordId { get; set; } = 2188;

    /// <summary>
    /// Gets or sets a value indicating whether an ocr_passport or ocr_card 400 body also lists
    /// <c>"selfie_image": ["No file was submitted."]</c>, a field those endpoints do not take, as the documentation's samples do.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ReportSelfieImageError { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether an uploaded image must decode as a PNG or JPEG, as Django REST Framework's
    /// <c>ImageField</c> (Pillow) checks it: the structure is verified (PNG chunks and their CRCs, JPEG marker segments up to
    /// the scan and its end), so magic bytes alone are refused with 400 <c>"Upload a valid image. ..."</c>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ValidateImageContent { get; set; } = true;

    /// <summary>Gets or sets the largest request body the server reads at all (its own safety limit); a larger one is answered 413.</summary>
    /// <value>Defaults to 32 MiB. Read when the server starts. See <see cref="MaxRequestBodyBytes"/> for nginx's limit.</value>
    public long MaxRequestBodySize { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the body limit of the nginx in front of the API (<c>client_max_body_size</c>, 1 MB by default in nginx):
    /// a larger request is answered nginx's HTML <c>413 Request Entity Too Large</c> page before the application sees it, so
    /// no task is created and no upload is recorded (the request itself is).
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: no limit. Set <c>1024 * 1024</c> to behave like nginx's default.</value>
    public long? MaxRequestBodyBytes { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the user is active. A deactivated user, as SimpleJWT treats it, cannot log in
    /// (401 <c>"No active account found with the given credentials"</c>) but still refreshes tokens, and every service call
    /// answers 401 <c>{"detail": "User is inactive", "code": "user_inactive"}</c>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UserIsActive { get; set; } = true;

    /// <summary>Gets or sets how status reads find a task: what an id never issued, or a task no worker has picked up, reads as.</summary>
    /// <value>Defaults to <see cref="FakeTaskLookup.AsyncResult"/>: an unknown id is <c>PENDING</c> forever, as Celery answers.</value>
    public FakeTaskLookup TaskLookup { get; set; } = FakeTaskLookup.AsyncResult;

    /// <summary>
    /// Gets or sets a value indicating whether a <c>STARTED</c> read carries the worker, as Celery stores it when it tracks
    /// started tasks: <c>"result": {"pid": 4242, "hostname": "celery@worker-1"}</c>; otherwise its result is <c>null</c>.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ReportStartedWorker { get; set; }

    /// <summary>Returns a copy of these options.</summary>
    /// <returns>The copy.</returns>
    public ProgenyFakeServerOptions Clone() => (ProgenyFakeServerOptions)MemberwiseClone();
}
