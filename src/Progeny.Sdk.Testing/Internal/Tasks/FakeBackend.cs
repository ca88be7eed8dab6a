namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// The fake server's state (tokens, tasks, scripted outcomes and faults) and the rules of each endpoint, answering
/// exactly with the documented bodies and, where the documentation is silent, with the defaults of the inferred stack
/// (Django REST Framework, djangorestframework-simplejwt, Celery). Thread-safe.
/// </summary>
internal sealed class FakeBackend
{
    private const string BearerChallenge = "Bearer realm=\"api\"";
    private const string Pending = "PENDING";
    private const string Started = "STARTED";

    /// <summary>What Celery stores for a started task when it tracks starts: the worker's process and host.</summary>
    private const string WorkerResult = """{"pid":4242,"hostname":"celery@worker-1"}""";

    private readonly object _gate = new();
    private readonly Dictionary<string, FakeTask> _tasks = new(StringComparer.Ordinal);
    private readonly Queue<FakeTaskOutcome> _queuedOutcomes = new();
    private readonly Dictionary<FakeService, Queue<FakeTaskOutcome>> _queuedByService = [];
    private readonly List<FaultEntry> _faults = [];
    private long _nextRecordId;

    public FakeBackend(ProgenyFakeServerOptions options, TimeProvider clock)
    {
        Options = options;
        Clock = clock;
        _nextRecordId = options.FirstTaskRecordId;
    }

    public ProgenyFakeServerOptions Options { get; }

    /// <summary>The server's clock: <see cref="ProgenyFakeServerOptions.TimeProvider"/> plus the client waits it skipped.</summary>
    public TimeProvider Clock { get; }

    public JwtTokens Tokens { get; } = new();

    public FakeServerRecording Recording { get; } = new();

    private DateTimeOffset Now => Clock.GetUtcNow();

    // ---- scripting ------------------------------------------------------------------------------------------

    public void EnqueueOutcome(FakeService? service, FakeTaskOutcome outcome)
    {
        lock (_gate)
        {
            if (service is { } one)
            {
                FakeServices.Get(one);
                if (!_queuedByService.TryGetValue(one, out var queue))
                {
                    _queuedByService[one] = queue = new Queue<FakeTaskOutcome>();
                }

                queue.Enqueue(outcome);
            }
            else
            {
                _queuedOutcomes.Enqueue(outcome);
            }
        }
    }

    public void SetOutcome(string taskId, FakeTaskOutcome outcome)
    {
        lock (_gate)
        {
            var task = Find(taskId) ?? throw new ArgumentException("The fake server has no such task.", nameof(taskId));
            task.Outcome = outcome;
            task.Document = outcome.Document ?? task.Document;
        }
    }

    /// <summary>Creates a task of <paramref name="service"/>: with <paramref name="outcome"/>, else the next queued for the service, else the next queued for any, else the default.</summary>
    public string CreateTask(FakeServiceDefinition service, FakeTaskOutcome? outcome) => CreateTask(service, outcome, out _);

    private string CreateTask(FakeServiceDefinition service, FakeTaskOutcome? outcome, out string? rawTaskId)
    {
        FakeTask task;
        lock (_gate)
        {
            outcome ??= _queuedByService.TryGetValue(service.Service, out var queue) && queue.Count > 0 ? queue.Dequeue()
                : _queuedOutcomes.Count > 0 ? _queuedOutcomes.Dequeue()
                : Options.DefaultTaskOutcome;
            var id = outcome.RawTaskId is { } raw ? Key(FakeTaskOutcome.TaskIdText(raw)) : Guid.NewGuid().ToString("D");
            task = new FakeTask(id, service, _nextRecordId++, Now, outcome, outcome.Document ?? Options.Document);
            _tasks[id] = task;
        }

        Recording.TaskCreated(task.Id);
        rawTaskId = task.Outcome.RawTaskId;
        return task.Id;
    }

    public void InjectFault(FakeFault fault, FakeEndpoint? endpoint, int times)
    {
        lock (_gate)
        {
            _faults.Add(new FaultEntry(endpoint, fault, times));
        }
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>Takes the first pending fault for <paramref name="endpoint"/>, in the order they were injected.</summary>
    public FakeFault? TakeFault(FakeEndpoint endpoint)
    {
        lock (_gate)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var entry = _faults[i];
                if (entry.Endpoint is null || entry.Endpoint == endpoint)
                {
                    if (--entry.Remaining <= 0)
                    {
                        _faults.RemoveAt(i);
                    }

                    return entry.Fault;
                }
            }

            return null;
        }
    }

    // ---- accounts/token/obtain/ and accounts/token/refresh/ ---------------------------------------------------

    public FakeResponse Obtain(RequestForm form)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var username = FormRules.RequiredString(form, "username", trim: true, errors);
        var password = FormRules.RequiredString(form, "password", trim: false, errors);
        if (errors.Count > 0)
        {
            return FieldErrors(errors);
        }

        if (!string.Equals(username, Options.Username, StringComparison.Ordinal)
            || !string.Equals(password, Options.Password, StringComparison.Ordinal)
            || !Options.UserIsActive)
        {
            return Unauthorized(FakeJson.Serialize(new Detail("No active account found with the given credentials"), c => c.Detail));
        }

        var now = Now;
        var refresh = Tokens.Issue(JwtTokens.Refresh, now, Options.RefreshTokenLifetime, Options.UserId);
        var access = Tokens.Issue(JwtTokens.Access, now, Options.AccessTokenLifetime, Options.UserId);
        return FakeResponse.Json(200, FakeJson.Serialize(new ObtainedTokens(refresh, access), c => c.ObtainedTokens));
    }

    public FakeResponse Refresh(RequestForm form)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var token = FormRules.RequiredString(form, "refresh", trim: true, errors);
        if (errors.Count > 0)
        {
            return FieldErrors(errors);
        }

        var now = Now;
        var jti = Tokens.Validate(token, JwtTokens.Refresh, now, out var failure);

        // Rotation with blacklisting: the refresh token is spent by this call, and refused from now on. SimpleJWT's
        // refresh does not look at the user, so a deactivated user still refreshes.
        if (jti is null || !Tokens.TryBlacklist(jti))
        {
            return Unauthorized(FakeJson.Serialize(new CodedDetail(jti is null ? failure : JwtTokens.Blacklisted, "token_not_valid"), c => c.CodedDetail));
        }

        var access = Tokens.Issue(JwtTokens.Access, now, Options.AccessTokenLifetime, Options.UserId);
        var refresh = Tokens.Issue(JwtTokens.Refresh, now, Options.RefreshTokenLifetime, Options.UserId);
        return FakeResponse.Json(200, FakeJson.Serialize(new RefreshedTokens(access, refresh), c => c.RefreshedTokens));
    }

    // ---- services/* ------------------------------------------------------------------------------------------

    /// <summary>Checks <c>Authorization: Bearer &lt;access&gt;</c> as SimpleJWT's JWTAuthentication does; <see langword="null"/> when it passes.</summary>
    public FakeResponse? Authenticate(string? authorization)
    {
        var parts = (authorization ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            return Unauthorized(FakeJson.Serialize(new Detail("Authentication credentials were not provided."), c => c.Detail));
        }

        if (parts.Length != 2)
        {
            return Unauthorized(FakeJson.Serialize(new CodedDetail("Authorization header must contain two space-delimited values", "bad_authorization_header"), c => c.CodedDetail));
        }

        if (Tokens.Validate(parts[1], JwtTokens.Access, Now, out var failure) is null)
        {
            // SimpleJWT keeps no blacklist of access tokens; a revoked one reads as invalid.
            var message = failure == JwtTokens.Blacklisted ? JwtTokens.InvalidOrExpired : failure;
            var body = new TokenNotValid("Given token not valid for any token type", "token_not_valid", [new TokenMessage("AccessToken", JwtTokens.Access, message)]);
            return Unauthorized(FakeJson.Serialize(body, c => c.TokenNotValid));
        }

        return Options.UserIsActive
            ? null
            : Unauthorized(FakeJson.Serialize(new CodedDetail("User is inactive", "user_inactive"), c => c.CodedDetail));
    }

    /// <summary>Validates a service's form as the documented 400 samples show (all problems in one body), then creates a task.</summary>
    public FakeResponse Upload(FakeServiceDefinition service, RequestForm form, out string? taskId)
    {
        taskId = null;
        var errors = FormRules.Validate(service, form, Options.ValidateImageContent, Options.ReportSelfieImageError);
        if (errors.Count > 0)
        {
            return FieldErrors(errors);
        }

        taskId = CreateTask(service, outcome: null, out var rawTaskId);
        return FakeResponse.Json(200, rawTaskId is null
            ? FakeJson.Serialize(new TaskCreated(taskId), c => c.TaskCreated)
            : TaskBody.WriteCreated(rawTaskId));
    }

    /// <summary>
    /// Answers one status read of a task, advancing its progress, found as <see cref="ProgenyFakeServerOptions.TaskLookup"/> says.
    /// </summary>
    public FakeResponse ReadTask(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return FieldErrors(new Dictionary<string, List<string>> { ["id"] = [FormRules.Required] });
        }

        byte[] body;
        lock (_gate)
        {
            if (Find(id) is not { } task)
            {
                return Options.TaskLookup == FakeTaskLookup.AsyncResult ? FakeResponse.Json(200, TaskBody.WriteProgress(null, null, Pending, null)) : NotFound();
            }

            var outcome = task.Outcome;
            var progress = outcome.Progress ?? Options.TaskProgress;
            var processing = outcome.ProcessingTime ?? Options.TaskProcessingTime;
            var reads = task.Reads + 1;
            var done = reads > progress.Count && Now >= task.CreatedAt + processing;
            var status = done ? outcome.Status
                : reads <= progress.Count ? progress[reads - 1]
                : progress.Count > 0 ? progress[^1] : Pending;
            var pending = string.Equals(status, Pending, StringComparison.Ordinal);
            var started = string.Equals(status, Started, StringComparison.Ordinal);
            task.Reads = reads;
            if (pending && Options.TaskLookup == FakeTaskLookup.ResultsTable)
            {
                // No row until a worker has picked the task up.
                return NotFound();
            }

            body = done && !pending && !(started && outcome.RawResult is null)
                ? TaskBody.WriteFinal(task.RecordId, outcome, task.Service, task.Document)
                : TaskBody.WriteProgress(pending ? null : task.RecordId, outcome.RawRecordId, status, started && Options.ReportStartedWorker ? WorkerResult : null);
        }

        return FakeResponse.Json(200, body);
    }

    private static FakeResponse NotFound() => FakeResponse.Json(404, FakeJson.Serialize(new Detail("Not found."), c => c.Detail));

    private static FakeResponse Unauthorized(byte[] body) => FakeResponse.Json(401, body).WithHeader("WWW-Authenticate", BearerChallenge);

    private static FakeResponse FieldErrors(Dictionary<string, List<string>> errors) =>
        FakeResponse.Json(400, FakeJson.Serialize(errors, c => c.DictionaryStringListString));

    private FakeTask? Find(string id) => _tasks.GetValueOrDefault(Key(id));

    /// <summary>A UUID in any spelling is one task; any other id is compared as it is.</summary>
    private static string Key(string id) => Guid.TryParse(id.Trim(), out var guid) ? guid.ToString("D") : id.Trim();

    private sealed class FaultEntry(FakeEndpoint? endpoint, FakeFault fault, int remaining)
    {
        public FakeEndpoint? Endpoint { get; } = endpoint;

        public FakeFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
