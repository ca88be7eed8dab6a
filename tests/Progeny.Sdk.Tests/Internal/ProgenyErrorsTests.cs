using System.Net;
using System.Text.Json;
using Progeny.Sdk.Internal;
using Progeny.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>What failures look like to the caller: exact SDK types, bounded excerpts without tokens, messages without secrets.</summary>
public sealed class ProgenyErrorsTests
{
    private static ProgenyImage Jpeg() => ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg");

    /// <summary>The three segments of a JWT: none may appear in what the caller sees.</summary>
    private static void ShouldHoldNoPartOf(string? text, string jwt)
    {
        if (text is null)
        {
            return;
        }

        var segments = jwt.Split('.');
        text.ShouldNotContain(jwt);
        text.ShouldNotContain(segments[1][..16], customMessage: "no part of the token's payload");
        text.ShouldNotContain(segments[2][..16], customMessage: "no part of the token's signature");
    }

    private static void ShouldBeFreeOfThirdPartyTypes(Exception? exception)
    {
        exception.ShouldNotBeNull();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var name = current.GetType().FullName!;
            name.ShouldNotStartWith("Refit", customMessage: exception.ToString());
            name.ShouldNotStartWith("Polly", customMessage: exception.ToString());
            current.ShouldNotBeAssignableTo<JsonException>(exception.ToString());
        }
    }

    [Fact]
    public async Task Excerpt_ErrorBodyHoldingTokens_ShowsTheBodyWithTokensRedacted()
    {
        var (access, refresh) = (Jwt.LongLived(), Jwt.LongLived("refresh"));
        using var server = ProgenyWireMock.Start().StubLogin();
        server.StubTask($$"""{"detail": "Not found.", "access": "{{access}}", "refresh": "{{refresh}}"}""", status: 403);
        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        var exception = await Record.ExceptionAsync(() => client.WaitForOcrPassportAsync(DocumentationSamples.TaskId));

        var api = exception.ShouldBeOfType<ProgenyApiException>();
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        api.ResponseExcerpt.ShouldNotBeNull().ShouldContain("Not found.");
        ShouldHoldNoPartOf(api.ResponseExcerpt, access);
        ShouldHoldNoPartOf(api.ResponseExcerpt, refresh);
        ShouldHoldNoPartOf(api.ToString(), access);
        server.Gets.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(120)]
    [InlineData(200)]
    [InlineData(240)]
    public async Task Excerpt_TokenCutByTheExcerptLimit_IsStillRedacted(int tokenStartsBeforeTheCut)
    {
        var token = Jwt.LongLived();
        var prefix = """{"detail": " """;
        var padding = new string('x', 256 - tokenStartsBeforeTheCut - prefix.Length);
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(500, $$"""{{prefix}}{{padding}}{{token}}", "more": "{{new string('y', 400)}}"}"""));
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        var api = exception.ShouldBeOfType<ProgenyApiException>();
        api.ResponseExcerpt.ShouldNotBeNull().Length.ShouldBeLessThan(300, "the excerpt is short");
        ShouldHoldNoPartOf(api.ResponseExcerpt, token);
        ShouldHoldNoPartOf(api.ToString(), token);
    }

    [Fact]
    public async Task Excerpt_SurrogatePairAtTheExcerptLimit_IsNotCutInHalf()
    {
        var body = new string('x', 255) + "😀" + new string('y', 100); // the emoji's two chars are the 256th and 257th
        using var server = ProgenyWireMock.Start().StubLogin();
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody(body));
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        exception.ShouldBeOfType<ProgenyApiException>().ResponseExcerpt.ShouldBe(new string('x', 255) + "…");
    }

    [Fact]
    public async Task Excerpt_UploadRefusedWithBodyEchoingTheBearerToken_HoldsNoToken()
    {
        var access = Jwt.LongLived();
        using var server = ProgenyWireMock.Start().StubLogin(access);
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(502, "{\"error\": \"upstream said no\", \"headers\": {\"Authorization\": \"Bearer " + access + "\"}}"));
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        var api = exception.ShouldBeOfType<ProgenyApiException>();
        api.ResponseExcerpt.ShouldNotBeNull().ShouldContain("upstream said no");
        ShouldHoldNoPartOf(api.ResponseExcerpt, access);
        ShouldHoldNoPartOf(api.ToString(), access);
    }

    [Fact]
    public async Task FromStatus_FieldErrorsEchoingAToken_MessageAndErrorsHoldNoToken()
    {
        var access = Jwt.LongLived();
        using var server = ProgenyWireMock.Start().StubLogin(access);
        server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(400, $$"""{"passport_image": ["No file was submitted."], "token": ["Token {{access}} is not allowed here."]}"""));
        using var client = new ProgenyClient(server.Options());

        var exception = await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg()));

        var validation = exception.ShouldBeOfType<ProgenyValidationException>();
        validation.Errors["passport_image"].ShouldBe(["No file was submitted."]);
        validation.Errors.ContainsKey("token").ShouldBeTrue();
        ShouldHoldNoPartOf(validation.ToString(), access);
        ShouldHoldNoPartOf(string.Join(" ", validation.Errors["token"]), access);
        ShouldHoldNoPartOf(validation.ResponseExcerpt, access);
    }

    [Fact]
    public async Task Exceptions_AnyFailure_CarryNoPasswordOrToken()
    {
        var access = Jwt.LongLived();
        var refresh = Jwt.LongLived("refresh");
        var failures = new List<Exception?>();
        using (var server = ProgenyWireMock.Start().StubLogin(access, refresh).StubRefresh(access, refresh))
        {
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost()).RespondWith(ProgenyWireMock.Json(401, "{}"));
            server.StubTask(ProgenySamples.Status("PENDING"));
            var fake = new ObservedFakeTimeProvider();
            using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(3)), fake);
            failures.Add(await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg())));
            failures.Add(await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync(DocumentationSamples.TaskId))));
        }

        using (var server = ProgenyWireMock.Start())
        {
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath)).RespondWith(ProgenyWireMock.Json(401, DocumentationSamples.ObtainUnauthorized));
            using var client = new ProgenyClient(server.Options());
            failures.Add(await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg())));
        }

        failures.Select(f => f?.GetType()).ShouldBe([typeof(ProgenyAuthenticationException), typeof(ProgenyTaskTimeoutException), typeof(ProgenyAuthenticationException)]);
        foreach (var failure in failures)
        {
            var text = failure!.ToString();
            text.ShouldNotContain(ProgenyWireMock.Password);
            ShouldHoldNoPartOf(text, access);
            ShouldHoldNoPartOf(text, refresh);
        }
    }

    [Fact]
    public async Task Exceptions_EveryKindOfFailure_NoRefitPollyOrJsonTypeEscapes()
    {
        var failures = new List<Exception?>();
        var fake = new ObservedFakeTimeProvider();
        using (var server = ProgenyWireMock.Start().StubLogin())
        {
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.OcrPassportPath).UsingPost()).RespondWith(ProgenyWireMock.Json(200, "{\"id\": [1, "));
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).WithParam("id", "gone")).RespondWith(ProgenyWireMock.Json(403, "{\"detail\": "));
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).WithParam("id", "bad")).RespondWith(ProgenyWireMock.Json(200, "{\"status\": "));
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).WithParam("id", "down")).RespondWith(ProgenyWireMock.Json(503, "<html>"));
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.TaskPath).WithParam("id", "failed")).RespondWith(ProgenyWireMock.Json(200, ProgenySamples.Status("FAILURE")));
            using var client = new ProgenyClient(server.Options(o => o.PollingTimeout = TimeSpan.FromSeconds(5)), fake);
            failures.Add(await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg())));
            failures.Add(await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync("gone"))));
            failures.Add(await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync("bad"))));
            failures.Add(await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync("down"))));
            failures.Add(await Record.ExceptionAsync(() => fake.DriveAsync(client.WaitForOcrPassportAsync("failed"))));
        }

        using (var server = ProgenyWireMock.Start())
        {
            server.Server.Given(Request.Create().WithPath(ProgenyWireMock.ObtainPath)).RespondWith(ProgenyWireMock.Json(200, "{\"access\": {"));
            using var client = new ProgenyClient(server.Options());
            failures.Add(await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg())));
        }

        using (var dropping = new DroppingServer(DropMode.ResetBeforeAnswer))
        {
            using var client = new ProgenyClient(new ProgenyClientOptions { BaseAddress = dropping.BaseAddress, Username = "u", Password = "p" });
            failures.Add(await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg())));
        }

        var port = ProgenyWireMock.Start();
        var closed = port.BaseAddress;
        port.Dispose();
        using (var client = new ProgenyClient(new ProgenyClientOptions { BaseAddress = closed, Username = "u", Password = "p" }))
        {
            failures.Add(await Record.ExceptionAsync(() => client.SubmitOcrPassportAsync(Jpeg())));
        }

        failures.Select(f => f?.GetType()).ShouldBe(
        [
            typeof(ProgenyException),
            typeof(ProgenyApiException),
            typeof(ProgenyTaskTimeoutException),
            typeof(ProgenyTaskTimeoutException),
            typeof(ProgenyTaskFailedException),
            typeof(ProgenyException),
            typeof(ProgenyException),
            typeof(ProgenyException),
        ]);
        failures.ForEach(ShouldBeFreeOfThirdPartyTypes);
    }

    [Fact]
    public void ReadFieldErrors_DocumentationBody_MapsFieldsToMessages()
    {
        var errors = ProgenyErrors.ReadFieldErrors(DocumentationSamples.OcrPassportBadRequest).ShouldNotBeNull();

        errors.Keys.ShouldBe(["selfie_image", "passport_image", "extend_data"], ignoreOrder: true);
        errors["passport_image"].ShouldBe(["No file was submitted."]);
        errors["extend_data"].ShouldBe(["This field is required."]);
    }

    [Theory]
    [InlineData("""{"detail": "Bad POST"}""", "detail", "Bad POST")]
    [InlineData("""{"image": ["The submitted data was not a file. Check the encoding type on the form."]}""", "image", "The submitted data was not a file. Check the encoding type on the form.")]
    [InlineData("""{"age": [42]}""", "age", "42")]
    public void ReadFieldErrors_SingleStringOrNonStringMessages_AreKeptAsText(string body, string field, string message) =>
        ProgenyErrors.ReadFieldErrors(body).ShouldNotBeNull()[field].ShouldBe([message]);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[\"No file was submitted.\"]")]
    [InlineData("{\"image\": [")]
    public void ReadFieldErrors_NotAnObjectOrMalformed_IsNull(string? body) =>
        ProgenyErrors.ReadFieldErrors(body).ShouldBeNull();

    [Fact]
    public void ReadFieldErrors_HostileNesting_IsNullNotACrash() =>
        ProgenyErrors.ReadFieldErrors("{\"a\": " + new string('[', 10_000) + new string(']', 10_000) + "}").ShouldBeNull();
}
