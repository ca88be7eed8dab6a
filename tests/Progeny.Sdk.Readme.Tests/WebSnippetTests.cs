using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Readme.Tests;

/// <summary>The README's web snippets, compiled verbatim, run in real ASP.NET Core hosts (Kestrel on 127.0.0.1) against the fake server.</summary>
public class WebSnippetTests
{
    [Fact]
    public async Task DependencyInjectionQuickStart_PostedAPassportPhoto_Answers200WithTheDocument()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        var program = SnippetCompiler.CompileStatements(ReadmeBlock.Find("README.md", "WebApplication.CreateBuilder(args)"));
        SnippetCompiler.Set(program, "args", new[]
        {
            "--urls=http://127.0.0.1:0",
            $"--Progeny:BaseAddress={fake.BaseAddress}",
            $"--Progeny:Username={fake.Username}",
            $"--Progeny:Password={fake.Password}",
        });
        using var capture = new HostCapture();

        var running = Task.Run(() => SnippetCompiler.RunAsync(program));
        var host = await capture.Built.WaitAsync(TimeSpan.FromSeconds(60));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(await AddressAsync(host)) };
            using var form = PassportForm("file");

            using var response = await http.PostAsync(new Uri("/passports", UriKind.Relative), form);

            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            body.ShouldContain($"\"documentNumber\":\"{FakePassportDocument.Sample.DocumentNumber}\"");
            body.ShouldContain("\"sex\":\"Female\""); // the fake's "F", by name as everywhere else, with no JSON setting
            fake.Recording.UploadCount.ShouldBe(1);
        }
        finally
        {
            await host.StopAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task OpenTelemetrySnippet_InAnAspNetCoreApp_ExportsTheSdkSpansUnderTheRequestSpan()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        var exported = new List<Activity>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var snippet = SnippetCompiler.CompileStatements(ReadmeBlock.Find("README.md", "AddOpenTelemetry()"));
        SnippetCompiler.Set(snippet, "builder", builder);
        await SnippetCompiler.RunAsync(snippet);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported));
        builder.Services.AddSingleton(fake.TimeProvider);
        builder.Services.AddProgenyClient(fake.Configure);
        await using var app = builder.Build();
        app.MapPost("/read", async (IProgenyClient progeny) =>
            (await progeny.OcrPassportAsync(ProgenyImage.FromFile("specimen-passport.jpg"))).Document.DocumentNumber);
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri(await AddressAsync(app)) };
        using var response = await http.PostAsync(new Uri("/read", UriKind.Relative), null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.StopAsync();

        var operation = exported.Where(activity => activity.DisplayName == "Progeny ocr_passport").ShouldHaveSingleItem();
        exported.ShouldContain(activity => activity.DisplayName == "Progeny poll");
        var request = exported.Where(activity => activity.Source.Name == "Microsoft.AspNetCore" && activity.DisplayName == "POST /read").ShouldHaveSingleItem();
        operation.TraceId.ShouldBe(request.TraceId);
    }

    private static MultipartFormDataContent PassportForm(string field)
    {
        var file = new ByteArrayContent(File.ReadAllBytes("specimen-passport.jpg"));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, field, "specimen-passport.jpg" } };
    }

    private static async Task<string> AddressAsync(IHost host)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
