using System.Net;
using Progeny.Sdk.Testing.WireMock.Tests.Support;
using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock.Tests;

public sealed class ProgenyStubsFaultTests : IDisposable
{
    private readonly WireMockServer _server = StubServer.Start();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task WithFault_ServiceUnavailableTwice_AnswersNginx503WithRetryAfterThenTheTask()
    {
        var progeny = _server.GivenProgeny().WithFault(ProgenyEndpoint.TaskStatus, StubFault.ServiceUnavailable(TimeSpan.FromSeconds(2)), times: 2);
        using var wire = new Wire(progeny);
        await wire.LoginAsync();

        using var first = await wire.SendRawAsync(HttpMethod.Get, "services/task/?id=any");
        using var second = await wire.SendRawAsync(HttpMethod.Get, "services/task/?id=any");
        using var third = await wire.SendRawAsync(HttpMethod.Get, "services/task/?id=any");

        first.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        first.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
        first.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await first.Content.ReadAsStringAsync()).ShouldContain("<title>503 Service Temporarily Unavailable</title>");
        second.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        third.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithFault_SeveralOnOneEndpoint_ApplyInTheOrderAddedBeforeAuthentication()
    {
        var progeny = _server.GivenProgeny()
            .WithFault(ProgenyEndpoint.OcrPassport, StubFault.InternalServerError())
            .WithFault(ProgenyEndpoint.OcrPassport, StubFault.Status(429, """{"detail": "Request was throttled."}""", TimeSpan.FromSeconds(7)));
        using var wire = new Wire(progeny);

        using var first = await wire.SendRawAsync(HttpMethod.Post, "services/ocr_passport/", Wire.Form([]), bearer: false);
        using var second = await wire.SendRawAsync(HttpMethod.Post, "services/ocr_passport/", Wire.Form([]), bearer: false);
        using var third = await wire.SendRawAsync(HttpMethod.Post, "services/ocr_passport/", Wire.Form([]), bearer: false);

        first.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await first.Content.ReadAsStringAsync()).ShouldContain("<title>Server Error (500)</title>");
        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        second.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        Wire.ShouldBeJson(await second.Content.ReadAsStringAsync(), """{"detail": "Request was throttled."}""");
        third.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(ProgenyEndpoint.OcrPassport, DocumentationSamples.OcrPassportBadRequest)]
    [InlineData(ProgenyEndpoint.BackgroundCheck, """{"fullname": ["This field is required."], "birth_date": ["This field is required."]}""")]
    [InlineData(ProgenyEndpoint.TokenObtain, """{"password": ["This field is required."]}""")]
    public async Task WithFault_BadRequestByDefault_AnswersTheEndpointsDocumented400Verbatim(ProgenyEndpoint endpoint, string documented)
    {
        var progeny = _server.GivenProgeny().WithFault(endpoint, StubFault.BadRequest());
        using var wire = new Wire(progeny);
        var path = endpoint == ProgenyEndpoint.TokenObtain ? "accounts/token/obtain/" : ServiceForms.Path(endpoint);

        var (status, body) = await wire.PostAsync(path, Wire.Form([]), bearer: false);

        status.ShouldBe(HttpStatusCode.BadRequest);
        Wire.ShouldBeJson(body, documented);
    }

    [Fact]
    public async Task WithFault_BadRequestWithErrors_AnswersThoseFieldErrors()
    {
        var progeny = _server.GivenProgeny().WithFault(ProgenyEndpoint.FaceLiveness, StubFault.BadRequest(("image", "No file was submitted.")));
        using var wire = new Wire(progeny);

        var (status, body) = await wire.PostAsync("services/face_liveness/", Wire.Form([]), bearer: false);

        status.ShouldBe(HttpStatusCode.BadRequest);
        Wire.ShouldBeJson(body, """{"image": ["No file was submitted."]}""");
    }
}
