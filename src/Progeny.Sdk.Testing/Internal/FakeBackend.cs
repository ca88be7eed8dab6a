using System.Text.Json;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// The fake server's state (tokens, tasks, scripted outcomes and faults) and the rules of each endpoint, answering
/// exactly with the documented bodies and, where the documentation is silent, with Django REST Framework's and
/// djangorestframework-simplejwt's defaults. Thread-safe.
/// </summary>
internal sealed class FakeBackend
{
    private const string Required = "This field is required.";
    private const string NoFile = "No file was submitted.";
    private const string NotAFile = "The submitted data was not a file. Check the encoding type on the form.";
    private const string EmptyFile = "The submitted file is empty.";
    private const string NotAnImage = "Upload a valid image. The file you uploaded was either not an image or a corrupted image.";
    private const string Blank = "This field may not be blank.";
    private const string NotNull = "This field may not be null.";
    private const string NotAString = "Not a valid string.";
    private const string BearerChallenge = "Bearer realm=\"api\"";

    private readonly object _gate = new();
    private readonly Dictionary<Guid, FakeTask> _tasks = [];
    private readonly Queue<FakeTaskOutcome> _queuedOutcomes = new();
    private readonly List<FaultEntry> _faults = [];
    private long _nextRecordId;

    public FakeBackend(ProgenyFakeServerOptions options)
    {
        Options = options;
        _nextRecordId = options.FirstTaskRecordId;
    }

    public ProgenyFakeServerOptions Options { get; }

    public JwtTokens Tokens { get; } = new();

    public FakeServerRecording Recording { get; } = new();

    private DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    // ---- scripting ------------------------------------------------------------------------------------------

    public void EnqueueOutcome(FakeTaskOutcome outcome)
    {
        lock (_gate)
        {
            _queuedOutcomes.Enqueue(outcome);
        }
    }

    public void SetOutcome(string taskId, FakeTaskOutcome outcome)
    {
        lock (_gate)
        {
            var task = Find(taskId) ?? throw new ArgumentException($"The fake server has no task '{taskId}'.", nameof(taskId));
            task.Outcome = outcome;
            task.Document = outcome.Document ?? task.Document;
        }
    }

    public string CreateTask(FakeTaskOutcome? outcome)
    {
        FakeTask task;
        lock (_gate)
        {
            outcome ??= _queuedOutcomes.Count > 0 ? _queuedOutcomes.Dequeue() : Options.DefaultTaskOutcome;
            var id = Guid.NewGuid();
            task = new FakeTask(id.ToString("D"), _nextRecordId++, Now, outcome, outcome.Document ?? Options.Document);
            _tasks.Add(id, task);
        }

        Recording.TaskCreated(task.Id);
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
        var username = RequiredString(form, "username", trim: true, errors);
        var password = RequiredString(form, "password", trim: false, errors);
        if (errors.Count > 0)
        {
            return FieldErrors(errors);
        }

        if (!string.Equals(username, Options.Username, StringComparison.Ordinal) || !string.Equals(password, Options.Password, StringComparison.Ordinal))
        {
            return FakeResponse.Json(401, FakeJson.Serialize(new Detail("No active account found with the given credentials"), c => c.Detail))
                .WithHeader("WWW-Authenticate", BearerChallenge);
        }

        var now = Now;
        var refresh = Tokens.Issue(JwtTokens.Refresh, now, Options.RefreshTokenLifetime, Options.UserId);
        var access = Tokens.Issue(JwtTokens.Access, now, Options.AccessTokenLifetime, Options.UserId);
        return FakeResponse.Json(200, FakeJson.Serialize(new ObtainedTokens(refresh, access), c => c.ObtainedTokens));
    }

    public FakeResponse Refresh(RequestForm form)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var token = RequiredString(form, "refresh", trim: true, errors);
        if (errors.Count > 0)
        {
            return FieldErrors(errors);
        }

        var now = Now;
        var jti = Tokens.Validate(token, JwtTokens.Refresh, now, out var failure);

        // Rotation with blacklisting: the refresh token is spent by this call, and refused from now on.
        if (jti is null || !Tokens.TryBlacklist(jti))
        {
            return FakeResponse.Json(401, FakeJson.Serialize(new CodedDetail(failure, "token_not_valid"), c => c.CodedDetail))
                .WithHeader("WWW-Authenticate", BearerChallenge);
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
            return FakeResponse.Json(401, FakeJson.Serialize(new Detail("Authentication credentials were not provided."), c => c.Detail))
                .WithHeader("WWW-Authenticate", BearerChallenge);
        }

        if (parts.Length != 2)
        {
            return FakeResponse.Json(401, FakeJson.Serialize(new CodedDetail("Authorization header must contain two space-delimited values", "bad_authorization_header"), c => c.CodedDetail))
                .WithHeader("WWW-Authenticate", BearerChallenge);
        }

        if (Tokens.Validate(parts[1], JwtTokens.Access, Now, out var failure) is not null)
        {
            return null;
        }

        var body = new TokenNotValid("Given token not valid for any token type", "token_not_valid", [new TokenMessage("AccessToken", JwtTokens.Access, failure)]);
        return FakeResponse.Json(401, FakeJson.Serialize(body, c => c.TokenNotValid)).WithHeader("WWW-Authenticate", BearerChallenge);
    }

    /// <summary>Validates an ocr_passport form as the documented 400 samples show (all problems in one body), then creates a task.</summary>
    public FakeResponse Upload(RequestForm form, out string? taskId)
    {
        taskId = null;
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (form.Files.TryGetValue("passport_image", out var file))
        {
            if (file.Length == 0)
            {
                errors["passport_image"] = [EmptyFile];
            }
            else if (Options.ValidateImageContent && !file.LooksLikeImage())
            {
                errors["passport_image"] = [NotAnImage];
            }
        }
        else if (form.NonStrings.TryGetValue("passport_image", out var kind))
        {
            errors["passport_image"] = [kind == JsonValueKind.Null ? NotNull : NotAFile];
        }
        else
        {
            errors["passport_image"] = [form.Fields.ContainsKey("passport_image") ? NotAFile : NoFile];
        }

        if (form.Files.ContainsKey("extend_data"))
        {
            errors["extend_data"] = [NotAString];
        }
        else
        {
            RequiredString(form, "extend_data", trim: true, errors);
        }

        if (errors.Count > 0)
        {
            if (Options.ReportSelfieImageError)
            {
                // The documentation's sample lists a field this endpoint does not take, first.
                var withSelfie = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["selfie_image"] = [NoFile] };
                foreach (var (name, messages) in errors)
                {
                    withSelfie[name] = messages;
                }

                errors = withSelfie;
            }

            return FieldErrors(errors);
        }

        taskId = CreateTask(outcome: null);
        return FakeResponse.Json(200, FakeJson.Serialize(new TaskCreated(taskId), c => c.TaskCreated));
    }

    /// <summary>Answers one status read of a task, advancing its progress.</summary>
    public FakeResponse ReadTask(string? id)
    {
        long recordId;
        string status;
        FakeTaskOutcome? final;
        FakePassportDocument document;
        lock (_gate)
        {
            if (id is null || Find(id) is not { } task)
            {
                return FakeResponse.Json(404, FakeJson.Serialize(new Detail("Not found."), c => c.Detail));
            }

            var reads = ++task.Reads;
            var outcome = task.Outcome;
            var progress = outcome.Progress ?? Options.TaskProgress;
            var processing = outcome.ProcessingTime ?? Options.TaskProcessingTime;
            var done = reads > progress.Count && Now >= task.CreatedAt + processing;
            recordId = task.RecordId;
            document = task.Document;
            final = done ? outcome : null;
            status = done ? outcome.Status
                : reads <= progress.Count ? progress[reads - 1]
                : progress.Count > 0 ? progress[^1] : "PENDING";
        }

        return FakeResponse.Json(200, TaskBody.Write(recordId, status, final, document));
    }

    private static FakeResponse FieldErrors(Dictionary<string, List<string>> errors) =>
        FakeResponse.Json(400, FakeJson.Serialize(errors, c => c.DictionaryStringListString));

    /// <summary>A required string field as Django REST Framework's CharField checks it; adds its error to <paramref name="errors"/>.</summary>
    private static string? RequiredString(RequestForm form, string name, bool trim, Dictionary<string, List<string>> errors)
    {
        if (form.Fields.TryGetValue(name, out var value))
        {
            if (trim ? string.IsNullOrWhiteSpace(value) : value.Length == 0)
            {
                errors[name] = [Blank];
                return null;
            }

            return trim ? value.Trim() : value;
        }

        errors[name] = [form.NonStrings.TryGetValue(name, out var kind) ? (kind == JsonValueKind.Null ? NotNull : NotAString) : Required];
        return null;
    }

    private FakeTask? Find(string id) =>
        Guid.TryParse(id.Trim(), out var guid) && _tasks.TryGetValue(guid, out var task) ? task : null;

    private sealed class FaultEntry(FakeEndpoint? endpoint, FakeFault fault, int remaining)
    {
        public FakeEndpoint? Endpoint { get; } = endpoint;

        public FakeFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
