// TEMPORARY STUB: stands in for Progeny.Sdk.Testing.ProgenyFakeServer until branch fake-server lands. Delete on merge.
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Progeny.Sdk;

namespace Progeny.Sdk.Testing;

internal sealed class ProgenyFakeServerOptions
{
    public string Username { get; set; } = "fake-user";

    public string Password { get; set; } = "fake-password";

    public PassportDocument? Document { get; set; }

    public IReadOnlyList<string> Statuses { get; set; } = ["PENDING", "STARTED"];

    public string? FailureErrorCode { get; set; }

    public bool NeverFinish { get; set; }
}

internal sealed class ProgenyFakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ProgenyFakeServerOptions _options;
    private readonly Dictionary<string, int> _polls = [];
    private int _next;

    private ProgenyFakeServer(WebApplication app, ProgenyFakeServerOptions options)
    {
        _app = app;
        _options = options;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string Username => _options.Username;

    public string Password => _options.Password;

    public static async Task<ProgenyFakeServer> StartAsync(ProgenyFakeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ProgenyFakeServer(app, options ?? new());
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.BaseAddress = new Uri(app.Urls.First() + "/api/v3/");
        return server;
    }

    public void Configure(ProgenyClientOptions options)
    {
        options.BaseAddress = BaseAddress;
        options.Username = Username;
        options.Password = Password;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        context.Response.ContentType = "application/json";
        if (path.EndsWith("/accounts/token/obtain/", StringComparison.Ordinal))
        {
            var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
            if (form["username"] != _options.Username || form["password"] != _options.Password)
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsync("{\"detail\": \"No active account found with the given credentials\"}").ConfigureAwait(false);
                return;
            }

            await context.Response.WriteAsync("{\"access\": \"a.b.c\", \"refresh\": \"d.e.f\"}").ConfigureAwait(false);
            return;
        }

        if (path.EndsWith("/services/ocr_passport/", StringComparison.Ordinal))
        {
            await context.Request.ReadFormAsync().ConfigureAwait(false);
            var id = Guid.NewGuid().ToString();
            lock (_polls)
            {
                _polls[id] = 0;
            }

            await context.Response.WriteAsync($"{{\"id\": \"{id}\"}}").ConfigureAwait(false);
            return;
        }

        if (path.EndsWith("/services/task/", StringComparison.Ordinal))
        {
            var id = context.Request.Query["id"].ToString();
            int polls;
            lock (_polls)
            {
                if (!_polls.TryGetValue(id, out polls))
                {
                    context.Response.StatusCode = 404;
                    return;
                }

                _polls[id] = polls + 1;
            }

            var number = Interlocked.Increment(ref _next) + 2000;
            if (_options.NeverFinish || polls < _options.Statuses.Count)
            {
                var status = _options.NeverFinish ? "PENDING" : _options.Statuses[polls];
                await context.Response.WriteAsync($"{{\"id\": {number}, \"status\": \"{status}\", \"result\": null}}").ConfigureAwait(false);
                return;
            }

            if (_options.FailureErrorCode is { } code)
            {
                await context.Response.WriteAsync($"{{\"id\": {number}, \"status\": \"SUCCESS\", \"result\": {{\"status\": 400, \"data\": {{\"error\": \"Document not found\", \"error_code\": \"{code}\"}}}}}}").ConfigureAwait(false);
                return;
            }

            var d = _options.Document ?? new PassportDocument { DocumentNumber = "XX008080", FirstName = "VALERIA", LastName = "PERFILOVA" };
            static string Date(DateOnly? date) => date is { } x ? x.ToString("yyyy-M-d", CultureInfo.InvariantCulture) : "None-None-None";
            var document = new Dictionary<string, string?>
            {
                ["firstName"] = d.FirstName,
                ["lastName"] = d.LastName,
                ["documentNumber"] = d.DocumentNumber,
                ["nationality"] = d.Nationality,
                ["sex"] = d.Sex switch { Sex.Female => "F", Sex.Male => "M", _ => null },
                ["dateOfBirth"] = Date(d.DateOfBirth),
                ["dateOfIssue"] = Date(d.DateOfIssue),
                ["dateOfExpiry"] = Date(d.DateOfExpiry),
                ["is_valid"] = d.IsValid?.ToString().ToLowerInvariant(),
                ["is_expired"] = d.IsExpired?.ToString().ToLowerInvariant(),
                ["age"] = d.Age?.ToString(CultureInfo.InvariantCulture),
            };
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", number);
                writer.WriteString("status", "SUCCESS");
                writer.WriteStartObject("result");
                writer.WriteNumber("status", 200);
                writer.WriteStartObject("data");
                writer.WriteStartObject("document");
                foreach (var (key, value) in document)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            await context.Response.Body.WriteAsync(buffer.ToArray()).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 404;
    }
}
