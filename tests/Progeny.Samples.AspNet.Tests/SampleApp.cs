using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>Starts the sample in memory or on a socket, and builds its requests.</summary>
internal static class SampleApp
{
    /// <summary>The media type of problem details.</summary>
    public const string ProblemJson = "application/problem+json";

    /// <summary>Gets the path of the specimen passport copied beside the tests.</summary>
    public static string SpecimenPath { get; } = Path.Combine(AppContext.BaseDirectory, "specimen-passport.jpg");

    /// <summary>Gets the bytes of the specimen passport.</summary>
    public static byte[] Specimen { get; } = File.ReadAllBytes(SpecimenPath);

    /// <summary>
    /// The sample, configured to call <paramref name="fake"/> as if it were Progeny (so the embedded fake stays off), on
    /// the fake's clock: the client's waits between status polls are skipped, not slept.
    /// </summary>
    public static WebApplicationFactory<Program> Against(
        ProgenyFakeServer fake, string? password = null, TimeSpan? pollingTimeout = null, long? maxImageBytes = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Progeny:BaseAddress", fake.BaseAddress.ToString());
            host.UseSetting("Progeny:Username", fake.Username);
            host.UseSetting("Progeny:Password", password ?? fake.Password);
            if (pollingTimeout is { } timeout)
            {
                host.UseSetting("Progeny:PollingTimeout", timeout.ToString("c", CultureInfo.InvariantCulture));
            }

            if (maxImageBytes is { } max)
            {
                host.UseSetting("Progeny:MaxImageBytes", max.ToString(CultureInfo.InvariantCulture));
            }

            host.ConfigureTestServices(services => services.AddSingleton(fake.TimeProvider));
        });

    /// <summary>Starts the sample on a real Kestrel socket (127.0.0.1, a free port), where request body limits apply.</summary>
    /// <returns>Its address, e.g. <c>http://127.0.0.1:41234/</c>.</returns>
    public static Uri StartOnKestrel(this WebApplicationFactory<Program> app)
    {
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>A multipart form with one file.</summary>
    public static MultipartFormDataContent Upload(byte[] content, string fileName = "passport.jpg", string field = "image", string contentType = "image/jpeg") =>
        Form((field, content, fileName, contentType));

    /// <summary>A multipart form with the specimen passport.</summary>
    public static MultipartFormDataContent UploadSpecimen() => Upload(Specimen, "specimen-passport.jpg");

    /// <summary>The form of <c>POST /kyc</c>: <paramref name="passport"/> (the specimen by default) and <paramref name="selfie"/> (the drawn selfie by default).</summary>
    public static MultipartFormDataContent UploadKyc(byte[]? passport = null, byte[]? selfie = null) => Form(
        ("passport", passport ?? Specimen, "specimen-passport.jpg", "image/jpeg"),
        ("selfie", selfie ?? TestImages.Selfie, "selfie.jpg", "image/jpeg"));

    /// <summary>A fake Progeny server that returns the specimen passport's holder, as the sample's embedded one does.</summary>
    public static Task<ProgenyFakeServer> StartFakeAsync() => ProgenyFakeServer.StartAsync(
        new ProgenyFakeServerOptions { Document = Progeny.Cli.SpecimenPassport.Document(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime)) });

    /// <summary>Reads a response's JSON body.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>A multipart form with the given files.</summary>
    public static MultipartFormDataContent Form(params (string Field, byte[] Content, string FileName, string ContentType)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, content, fileName, contentType) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, field, fileName);
        }

        return form;
    }
}
