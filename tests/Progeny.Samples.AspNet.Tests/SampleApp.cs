using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

/// <summary>Starts the sample in memory and builds its requests.</summary>
internal static class SampleApp
{
    /// <summary>Gets the path of the specimen passport copied beside the tests.</summary>
    public static string SpecimenPath { get; } = Path.Combine(AppContext.BaseDirectory, "specimen-passport.jpg");

    /// <summary>The sample, configured to call <paramref name="fake"/> as if it were Progeny (so the embedded fake stays off).</summary>
    public static WebApplicationFactory<Program> Against(ProgenyFakeServer fake, string? password = null, TimeSpan? pollingTimeout = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Progeny:BaseAddress", fake.BaseAddress.ToString());
            host.UseSetting("Progeny:Username", fake.Username);
            host.UseSetting("Progeny:Password", password ?? fake.Password);
            if (pollingTimeout is { } timeout)
            {
                host.UseSetting("Progeny:PollingTimeout", timeout.ToString("c", CultureInfo.InvariantCulture));
            }
        });

    /// <summary>A multipart form with one file.</summary>
    public static MultipartFormDataContent Upload(byte[] content, string fileName = "passport.jpg", string field = "image", string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    /// <summary>A multipart form with the specimen passport.</summary>
    public static MultipartFormDataContent UploadSpecimen() => Upload(File.ReadAllBytes(SpecimenPath), "specimen-passport.jpg");
}
