using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Progeny.Sdk.Testing.Internal;
using Progeny.Sdk.Testing.WireMock.Internal;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// The Progeny API v3 stubbed on a <see cref="WireMockServer"/>, from
/// <see cref="ProgenyWireMockServerExtensions.GivenProgeny"/>. Every service answers its documented sample until a
/// <c>With…</c> method changes it; each of those returns this object, so calls chain. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The stubs are ordinary WireMock mappings at priority 10 (faults at negative priorities), so a mapping of yours at the
/// default priority 0 that matches the same request wins. A service request without a valid bearer token gets the
/// 401 that djangorestframework-simplejwt sends; a task id that no stub knows polls as <c>PENDING</c>, as Celery answers.
/// </para>
/// <para>
/// Each task's progress is a WireMock scenario named <c>Progeny task &lt;id&gt;</c>: <c>server.ResetScenarios()</c>
/// starts every task over. <c>server.Reset()</c> removes the stubs; call <c>GivenProgeny</c> again after it. Calling
/// <c>GivenProgeny</c> again on the same server replaces the stubs: new tokens, the documented answers again.
/// </para>
/// </remarks>
public sealed class ProgenyStubs
{
    private const int StubPriority = 10;
    private const int UnknownTaskPriority = 20;
    private const int FallbackPriority = 30;
    private const int FaultPriority = -100_000;

    private readonly JwtTokens _tokens = new();
    private readonly Dictionary<ProgenyEndpoint, TaskQueue> _queues = [];
    private readonly Guid _instance = Guid.NewGuid();
    private int _faults;

    internal ProgenyStubs(WireMockServer server, ProgenyStubOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.Username);
        ArgumentException.ThrowIfNullOrEmpty(options.Password);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        Server = server;
        Options = options.Clone();
        if (server.Url is null)
        {
            throw new ArgumentException("The WireMock server has not started.", nameof(server));
        }

        // These mappings have the same GUIDs on every call, so that calling GivenProgeny again replaces them.
        Stub(Request.Create().WithPath(StubPaths.Obtain).UsingPost(), StubPriority, "Progeny token obtain")
            .RespondWith(Response.Create().WithCallback(Obtain));
        Stub(Request.Create().WithPath(StubPaths.Refresh).UsingPost(), StubPriority, "Progeny token refresh")
            .RespondWith(Response.Create().WithCallback(Refresh));
        Stub(Request.Create().WithPath(StubPaths.Task).UsingGet().WithHeader(IsAuthenticated), UnknownTaskPriority, "Progeny unknown task")
            .RespondWith(Json(StubTask.ProgressBody("PENDING")));
        Stub(Request.Create().WithPath(new WildcardMatcher(StubPaths.Services + "*")), FallbackPriority, "Progeny services: authentication, unknown paths")
            .RespondWith(Response.Create().WithCallback(Refuse));
        foreach (var service in StubService.All)
        {
            Stub(Request.Create().WithPath(service.Path).UsingPost().WithHeader(IsAuthenticated), StubPriority, $"Progeny {service.Name} submission")
                .RespondWith(Response.Create().WithCallback(request => Submit(service, request)));
            WithTasks(service.Endpoint);
        }
    }

    /// <summary>Gets the server the stubs are on.</summary>
    public WireMockServer Server { get; }

    /// <summary>Gets the stubs' settings (a copy of those given); a change applies from the next request on.</summary>
    public ProgenyStubOptions Options { get; }

    /// <summary>Gets the API's base address on the server, e.g. <c>http://localhost:5123/api/v3/</c>.</summary>
    public Uri BaseAddress => new(Server.Url!.TrimEnd('/') + StubPaths.Api);

    /// <summary>Gets every service submission received, in order of arrival, read from the server's request log.</summary>
    public IReadOnlyList<StubUpload> Uploads =>
    [
        .. StubService.All
            .SelectMany(service => Server.LogEntries
                .Where(entry => entry.RequestMessage is { Method: "POST" } request && request.AbsolutePath == service.Path)
                .Select(entry => (service.Endpoint, Entry: entry)))
            .OrderBy(upload => upload.Entry.RequestMessage!.DateTime)
            .Select(upload => ReadUpload(upload.Endpoint, upload.Entry.RequestMessage!, upload.Entry.ResponseMessage)),
    ];

    /// <summary>Returns options for a <see cref="ProgenyClient"/> that calls these stubs: <see cref="BaseAddress"/> and the credentials.</summary>
    /// <returns>New options, which the caller may change further.</returns>
    public ProgenyClientOptions ClientOptions()
    {
        var options = new ProgenyClientOptions();
        Configure(options);
        return options;
    }

    /// <summary>Points <paramref name="options"/> at these stubs, e.g. <c>services.AddProgenyClient(progeny.Configure)</c>.</summary>
    /// <param name="options">The options to set <see cref="ProgenyClientOptions.BaseAddress"/>, <c>Username</c> and <c>Password</c> of.</param>
    public void Configure(ProgenyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseAddress = BaseAddress;
        options.Username = Options.Username;
        options.Password = Options.Password;
    }

    /// <summary>Makes ocr_passport submissions read <paramref name="document"/>: <see cref="StubTask.OcrPassport"/>.</summary>
    /// <param name="document">The passport's document, e.g. <c>StubPassportDocument.Sample with { DocumentNumber = "AB1234567" }</c>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithOcrPassport(StubPassportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WithTasks(ProgenyEndpoint.OcrPassport, StubTask.OcrPassport(document));
    }

    /// <summary>Sets the tasks that ocr_passport submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.OcrPassport"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithOcrPassport(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.OcrPassport, tasks);

    /// <summary>Sets the tasks that ocr_card submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.OcrCard"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithOcrCard(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.OcrCard, tasks);

    /// <summary>Sets the tasks that kyc_passport submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.KycPassport"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithKycPassport(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.KycPassport, tasks);

    /// <summary>Sets the tasks that kyc_card submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.KycCard"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithKycCard(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.KycCard, tasks);

    /// <summary>Sets the tasks that face_liveness submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.FaceLiveness"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithFaceLiveness(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.FaceLiveness, tasks);

    /// <summary>Sets the tasks that register_face submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.RegisterFace"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithRegisterFace(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.RegisterFace, tasks);

    /// <summary>Sets the tasks that authenticate_face submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.AuthenticateFace"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithAuthenticateFace(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.AuthenticateFace, tasks);

    /// <summary>Sets the tasks that background_check submissions get (see <see cref="WithTasks"/>).</summary>
    /// <param name="tasks">The tasks, in order; none for <see cref="StubTask.BackgroundCheck"/>.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithBackgroundCheck(params StubTask[] tasks) => WithTasks(ProgenyEndpoint.BackgroundCheck, tasks);

    /// <summary>
    /// Sets the tasks that a service's accepted submissions get, replacing the earlier ones: the first submission gets the
    /// first task, the next one the next, and the last task repeats. A refused submission (400) gets none. Tasks stubbed
    /// earlier keep answering their status reads.
    /// </summary>
    /// <param name="service">A service endpoint, e.g. <see cref="ProgenyEndpoint.KycPassport"/>.</param>
    /// <param name="tasks">The tasks, in order; none for the service's documented sample.</param>
    /// <returns>These stubs.</returns>
    /// <exception cref="ArgumentException"><paramref name="service"/> takes no submissions (a token or status endpoint).</exception>
    public ProgenyStubs WithTasks(ProgenyEndpoint service, params StubTask[] tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var definition = StubService.Of(service);
        var ids = (tasks.Length == 0 ? [definition.DocumentedTask()] : tasks).Select(Register).ToArray();
        lock (_queues)
        {
            _queues[service] = new TaskQueue(ids);
        }

        return this;
    }

    /// <summary>
    /// Stubs the status reads of a task that no submission here created, e.g. one submitted by another process, to test a
    /// resumed wait (<c>WaitForOcrPassportAsync(taskId)</c>).
    /// </summary>
    /// <param name="task">The task; its <see cref="StubTask.TaskId"/> is required.</param>
    /// <returns>These stubs.</returns>
    /// <exception cref="ArgumentException">The task has no <see cref="StubTask.TaskId"/>.</exception>
    public ProgenyStubs WithTask(StubTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (string.IsNullOrEmpty(task.TaskId))
        {
            throw new ArgumentException("The task needs a TaskId to be read by.", nameof(task));
        }

        Register(task);
        return this;
    }

    /// <summary>
    /// Answers the next <paramref name="times"/> requests to <paramref name="endpoint"/> with <paramref name="fault"/>,
    /// whatever they carry, before the stubs (and your own mappings) see them. Faults on one endpoint apply in the order added.
    /// </summary>
    /// <param name="endpoint">The endpoint, e.g. <see cref="ProgenyEndpoint.TaskStatus"/>.</param>
    /// <param name="fault">The answer, e.g. <c>StubFault.ServiceUnavailable(TimeSpan.FromSeconds(2))</c>.</param>
    /// <param name="times">How many requests get it.</param>
    /// <returns>These stubs.</returns>
    public ProgenyStubs WithFault(ProgenyEndpoint endpoint, StubFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var number = Interlocked.Increment(ref _faults);
        var response = Response.Create().WithStatusCode(fault.StatusCode).WithHeader("Content-Type", fault.ContentType)
            .WithBody(fault.Body ?? DocumentedBadRequest(endpoint));
        if (fault.RetryAfter is { } retryAfter)
        {
            response = response.WithHeader("Retry-After", retryAfter);
        }

        Server.Given(Request.Create().WithPath(StubPaths.Of(endpoint)).UsingMethod(endpoint == ProgenyEndpoint.TaskStatus ? "GET" : "POST"))
            .AtPriority(FaultPriority + number)
            .WithTitle($"Progeny fault {number}: {fault.StatusCode} on {endpoint}")
            .InScenario($"Progeny fault {number}")
            .WillSetStateTo("spent", times)
            .RespondWith(response);
        return this;
    }

    /// <summary>
    /// Revokes every token issued so far, as a password change or a blacklist would: the next service request gets 401, the
    /// refresh is refused, and a client logs in again.
    /// </summary>
    public void RevokeAllTokens() => _tokens.RevokeAll();

    /// <summary>Returns the requests received at <paramref name="endpoint"/>, in order of arrival, from the server's request log.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The requests.</returns>
    public IReadOnlyList<IRequestMessage> Received(ProgenyEndpoint endpoint)
    {
        var path = StubPaths.Of(endpoint);
        return [.. Server.LogEntries.Select(entry => entry.RequestMessage!).Where(request => request?.AbsolutePath == path).OrderBy(request => request.DateTime)];
    }

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", StubResponses.Json).WithBody(body);

    private static string DocumentedBadRequest(ProgenyEndpoint endpoint) => endpoint switch
    {
        ProgenyEndpoint.TokenObtain => StubJson.FieldErrors([KeyValuePair.Create("password", StubService.Required)]),
        ProgenyEndpoint.TokenRefresh => StubJson.FieldErrors([KeyValuePair.Create("refresh", StubService.Required)]),
        ProgenyEndpoint.TaskStatus => StubJson.FieldErrors([KeyValuePair.Create("id", StubService.Required)]),
        _ => StubService.Of(endpoint).DocumentedBadRequest,
    };

    private static StubUpload ReadUpload(ProgenyEndpoint endpoint, IRequestMessage request, IResponseMessage? response)
    {
        var form = StubForm.Read(request, out _);
        var status = response?.StatusCode switch
        {
            int code => code,
            HttpStatusCode code => (int)code,
            string text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => code,
            _ => (int?)null,
        };
        string? taskId = null;
        if (status == 200 && response?.BodyData?.BodyAsString is { } body)
        {
            using var document = JsonDocument.Parse(body);
            taskId = document.RootElement.GetProperty("id").GetString();
        }

        return new StubUpload
        {
            Endpoint = endpoint,
            Fields = form?.Fields ?? [],
            Files = form?.Files ?? [],
            StatusCode = status,
            TaskId = taskId,
            Request = request,
        };
    }

    /// <summary>Adds the status-read mappings of one task; returns its id.</summary>
    private string Register(StubTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var id = task.TaskId ?? Guid.NewGuid().ToString("D");
        var scenario = $"Progeny task {id}";
        Server.ResetScenario(scenario);
        var reads = task.Progress.Select(StubTask.ProgressBody).Append(task.FinalBody()).ToArray();
        for (var step = 0; step < reads.Length; step++)
        {
            var given = Server.Given(Request.Create().WithPath(StubPaths.Task).UsingGet().WithParam("id", id).WithHeader(IsAuthenticated))
                .WithGuid(MappingGuid(id, step))
                .AtPriority(StubPriority)
                .WithTitle($"Progeny task {id}, read {step + 1}");
            if (reads.Length > 1)
            {
                // Read i answers step i and moves to step i + 1; the final step moves to itself, so it repeats.
                given = given.InScenario(scenario);
                if (step > 0)
                {
                    given = given.WhenStateIs(StepName(step));
                }

                given = given.WillSetStateTo(StepName(Math.Min(step + 1, reads.Length - 1)));
            }

            given.RespondWith(Json(reads[step]));
        }

        return id;
    }

    private static Guid GuidOf(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name))[..16]);

    private IRespondWithAProvider Stub(IRequestBuilder request, int priority, string title) =>
        Server.Given(request).WithGuid(GuidOf(title)).AtPriority(priority).WithTitle(title);

    private static string StepName(int step) => string.Create(CultureInfo.InvariantCulture, $"read {step + 1}");

    private Guid MappingGuid(string taskId, int step) => GuidOf(string.Create(CultureInfo.InvariantCulture, $"{_instance:N}/{taskId}/{step}"));

    private string NextTaskId(ProgenyEndpoint endpoint)
    {
        lock (_queues)
        {
            return _queues[endpoint].Next();
        }
    }

    private DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    private bool IsAuthenticated(IDictionary<string, string[]> headers) =>
        Authenticate(headers.FirstOrDefault(header => string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()) is null;

    /// <summary>Checks <c>Authorization: Bearer &lt;access&gt;</c> as SimpleJWT's JWTAuthentication does; <see langword="null"/> when it passes.</summary>
    private ResponseMessage? Authenticate(string? authorization)
    {
        var parts = (authorization ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            return StubResponses.Unauthorized(StubJson.Object(("detail", "Authentication credentials were not provided.")));
        }

        if (parts.Length != 2)
        {
            return StubResponses.Unauthorized(StubJson.Object(("detail", "Authorization header must contain two space-delimited values"), ("code", "bad_authorization_header")));
        }

        if (_tokens.Validate(parts[1], JwtTokens.Access, Now, out var failure) is not null)
        {
            return null;
        }

        return StubResponses.Unauthorized(StubJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("detail", "Given token not valid for any token type");
            writer.WriteString("code", "token_not_valid");
            writer.WriteStartArray("messages");
            writer.WriteStartObject();
            writer.WriteString("token_class", "AccessToken");
            writer.WriteString("token_type", JwtTokens.Access);
            writer.WriteString("message", failure);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    /// <summary>What a services path answers when no stub took the request: 401 without a valid token, else 405 or 404 as Django does.</summary>
    private ResponseMessage Refuse(IRequestMessage request)
    {
        if (Authenticate(StubForm.Header(request, "Authorization")) is { } unauthorized)
        {
            return unauthorized;
        }

        var path = request.AbsolutePath;
        if (path == StubPaths.Task || StubService.All.Any(service => service.Path == path))
        {
            var allowed = path == StubPaths.Task ? "GET, HEAD, OPTIONS" : "POST, OPTIONS";
            return StubResponses.JsonBody(405, StubJson.Object(("detail", $"Method \"{request.Method}\" not allowed.")), ("Allow", allowed));
        }

        return StubResponses.Create(404, "text/html", "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n");
    }

    private ResponseMessage Obtain(IRequestMessage request)
    {
        if (StubForm.Read(request, out var refusal) is not { } form)
        {
            return refusal!;
        }

        var errors = new List<KeyValuePair<string, string>>();
        var username = RequiredText(form, "username", errors);
        var password = RequiredText(form, "password", errors, trim: false);
        if (errors.Count > 0)
        {
            return StubResponses.FieldErrors(errors);
        }

        if (!string.Equals(username, Options.Username, StringComparison.Ordinal) || !string.Equals(password, Options.Password, StringComparison.Ordinal))
        {
            return StubResponses.Unauthorized(StubJson.Object(("detail", "No active account found with the given credentials")));
        }

        var now = Now;
        return StubResponses.JsonBody(200, StubJson.Object(
            ("refresh", _tokens.Issue(JwtTokens.Refresh, now, Options.RefreshTokenLifetime, Options.UserId)),
            ("access", _tokens.Issue(JwtTokens.Access, now, Options.AccessTokenLifetime, Options.UserId))));
    }

    private ResponseMessage Refresh(IRequestMessage request)
    {
        if (StubForm.Read(request, out var refusal) is not { } form)
        {
            return refusal!;
        }

        var errors = new List<KeyValuePair<string, string>>();
        var token = RequiredText(form, "refresh", errors);
        if (errors.Count > 0)
        {
            return StubResponses.FieldErrors(errors);
        }

        // Rotation with blacklisting: the refresh token is spent by this call, and refused from now on.
        var now = Now;
        var jti = _tokens.Validate(token, JwtTokens.Refresh, now, out var failure);
        if (jti is null || !_tokens.TryBlacklist(jti))
        {
            return StubResponses.Unauthorized(StubJson.Object(("detail", failure), ("code", "token_not_valid")));
        }

        return StubResponses.JsonBody(200, StubJson.Object(
            ("access", _tokens.Issue(JwtTokens.Access, now, Options.AccessTokenLifetime, Options.UserId)),
            ("refresh", _tokens.Issue(JwtTokens.Refresh, now, Options.RefreshTokenLifetime, Options.UserId))));
    }

    private ResponseMessage Submit(StubService service, IRequestMessage request)
    {
        if (StubForm.Read(request, out var refusal) is not { } form)
        {
            return refusal!;
        }

        var errors = new List<KeyValuePair<string, string>>();
        foreach (var field in service.FileFields)
        {
            if (FileError(form, field) is { } error)
            {
                errors.Add(KeyValuePair.Create(field, error));
            }
        }

        foreach (var field in service.TextFields)
        {
            RequiredText(form, field, errors);
        }

        if (service.RequiresExtendData)
        {
            RequiredText(form, "extend_data", errors);
        }

        return errors.Count > 0
            ? StubResponses.FieldErrors(errors)
            : StubResponses.JsonBody(200, StubJson.Object(("id", NextTaskId(service.Endpoint))));
    }

    /// <summary>What Django REST Framework's image field says of a part, or <see langword="null"/> when it is a valid image.</summary>
    private string? FileError(StubForm form, string field)
    {
        if (!form.Files.TryGetValue(field, out var file))
        {
            return form.Fields.ContainsKey(field) ? "The submitted data was not a file. Check the encoding type on the form." : StubService.NoFile;
        }

        if (file.Content.IsEmpty)
        {
            return "The submitted file is empty.";
        }

        return Options.ValidateImageContent && !ImageProbe.IsWellFormed(file.Content.Span)
            ? "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
            : null;
    }

    /// <summary>A required text field as Django REST Framework's CharField checks it; adds its error to <paramref name="errors"/>.</summary>
    private static string? RequiredText(StubForm form, string name, List<KeyValuePair<string, string>> errors, bool trim = true)
    {
        if (!form.Fields.TryGetValue(name, out var value))
        {
            errors.Add(KeyValuePair.Create(name, StubService.Required));
            return null;
        }

        if (trim ? string.IsNullOrWhiteSpace(value) : value.Length == 0)
        {
            errors.Add(KeyValuePair.Create(name, "This field may not be blank."));
            return null;
        }

        return trim ? value.Trim() : value;
    }
}
