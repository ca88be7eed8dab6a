using System.Net;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing.WireMock.Tests.Support;
using WireMock.Server;

namespace Progeny.Sdk.Testing.WireMock.Tests;

public sealed class ProgenyStubsTokenTests : IDisposable
{
    private readonly WireMockServer _server = StubServer.Start();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Obtain_TheCredentials_AnswersRefreshThenAccessJwtsWhoseExpIsFiveMinutesAndFourteenDaysAhead()
    {
        var progeny = _server.GivenProgeny(new ProgenyStubOptions { TimeProvider = _time });
        using var wire = new Wire(progeny);

        var (status, body) = await wire.PostAsync("accounts/token/obtain/", Wire.Form([("username", "progeny-user"), ("password", "progeny-password")]), bearer: false);

        status.ShouldBe(HttpStatusCode.OK);
        var tokens = Wire.Parse(body).AsObject();
        tokens.Select(member => member.Key).ShouldBe(["refresh", "access"]);
        var access = Wire.Claims(tokens["access"]!.GetValue<string>());
        var refresh = Wire.Claims(tokens["refresh"]!.GetValue<string>());
        access["token_type"]!.GetValue<string>().ShouldBe("access");
        access["exp"]!.GetValue<long>().ShouldBe(_time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds());
        access["user_id"]!.GetValue<long>().ShouldBe(41);
        refresh["token_type"]!.GetValue<string>().ShouldBe("refresh");
        refresh["exp"]!.GetValue<long>().ShouldBe(_time.GetUtcNow().AddDays(14).ToUnixTimeSeconds());
        access["jti"]!.GetValue<string>().ShouldNotBe(refresh["jti"]!.GetValue<string>());
    }

    [Fact]
    public async Task Obtain_AnotherPassword_Answers401WithTheDocumentedDetail()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);

        using var response = await wire.SendRawAsync(HttpMethod.Post, "accounts/token/obtain/", Wire.Form([("username", "progeny-user"), ("password", "wrong")]), bearer: false);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"api\"");
        Wire.ShouldBeJson(await response.Content.ReadAsStringAsync(), DocumentationSamples.ObtainUnauthorized);
    }

    [Fact]
    public async Task Obtain_NoPassword_Answers400FieldError()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);

        var (status, body) = await wire.PostAsync("accounts/token/obtain/", Wire.Form([("username", "progeny-user")]), bearer: false);

        status.ShouldBe(HttpStatusCode.BadRequest);
        Wire.ShouldBeJson(body, """{"password": ["This field is required."]}""");
    }

    [Fact]
    public async Task Refresh_ARefreshToken_AnswersANewPairAndRefusesTheSpentTokenAfterwards()
    {
        var progeny = _server.GivenProgeny(new ProgenyStubOptions { TimeProvider = _time });
        using var wire = new Wire(progeny);
        var (_, refresh) = await wire.LoginAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        var (status, body) = await wire.PostAsync("accounts/token/refresh/", Wire.Form([("refresh", refresh)]), bearer: false);
        var (reuseStatus, reuseBody) = await wire.PostAsync("accounts/token/refresh/", Wire.Form([("refresh", refresh)]), bearer: false);

        status.ShouldBe(HttpStatusCode.OK);
        var tokens = Wire.Parse(body).AsObject();
        tokens.Select(member => member.Key).ShouldBe(["access", "refresh"]);
        tokens["refresh"]!.GetValue<string>().ShouldNotBe(refresh);
        Wire.Claims(tokens["access"]!.GetValue<string>())["exp"]!.GetValue<long>().ShouldBe(_time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds());
        reuseStatus.ShouldBe(HttpStatusCode.Unauthorized);
        Wire.ShouldBeJson(reuseBody, """{"detail": "Token is blacklisted", "code": "token_not_valid"}""");
    }

    [Fact]
    public async Task Refresh_AnAccessToken_Answers401WrongType()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        var (access, _) = await wire.LoginAsync();

        var (status, body) = await wire.PostAsync("accounts/token/refresh/", Wire.Form([("refresh", access)]), bearer: false);

        status.ShouldBe(HttpStatusCode.Unauthorized);
        Wire.ShouldBeJson(body, """{"detail": "Token has wrong type", "code": "token_not_valid"}""");
    }

    [Fact]
    public async Task Services_NoBearer_Answer401CredentialsNotProvidedAndCreateNoTask()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        var (fields, files) = ServiceForms.Complete(ProgenyEndpoint.OcrPassport);

        using var response = await wire.SendRawAsync(HttpMethod.Post, "services/ocr_passport/", Wire.Form(fields, files), bearer: false);
        var (readStatus, _) = await wire.GetTaskAsync("efe46711-b1d8-43f1-9d02-7a54c43b79a2");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"api\"");
        Wire.ShouldBeJson(await response.Content.ReadAsStringAsync(), """{"detail": "Authentication credentials were not provided."}""");
        readStatus.ShouldBe(HttpStatusCode.Unauthorized);
        progeny.Uploads.ShouldHaveSingleItem().StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task Services_ExpiredAccessToken_Answer401TokenNotValid()
    {
        var progeny = _server.GivenProgeny(new ProgenyStubOptions { TimeProvider = _time });
        using var wire = new Wire(progeny);
        await wire.LoginAsync();
        var (freshStatus, _) = await wire.GetTaskAsync("any");
        _time.Advance(TimeSpan.FromMinutes(5));

        var (status, body) = await wire.GetTaskAsync("any");

        freshStatus.ShouldBe(HttpStatusCode.OK);
        status.ShouldBe(HttpStatusCode.Unauthorized);
        Wire.ShouldBeJson(body, """
            {
                "detail": "Given token not valid for any token type",
                "code": "token_not_valid",
                "messages": [{"token_class": "AccessToken", "token_type": "access", "message": "Token is invalid or expired"}]
            }
            """);
    }

    [Fact]
    public async Task RevokeAllTokens_IssuedTokens_AreRefusedByServicesAndRefreshButANewLoginWorks()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);
        var (_, refresh) = await wire.LoginAsync();

        progeny.RevokeAllTokens();

        (await wire.GetTaskAsync("any")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await wire.PostAsync("accounts/token/refresh/", Wire.Form([("refresh", refresh)]), bearer: false)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        await wire.LoginAsync();
        (await wire.GetTaskAsync("any")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Received_Logins_CountsEachRequestAtTheEndpoint()
    {
        var progeny = _server.GivenProgeny();
        using var wire = new Wire(progeny);

        await wire.LoginAsync();
        await wire.LoginAsync();

        progeny.Received(ProgenyEndpoint.TokenObtain).Count.ShouldBe(2);
        progeny.Received(ProgenyEndpoint.TokenRefresh).ShouldBeEmpty();
    }
}
