using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>accounts/token/obtain/ and accounts/token/refresh/ (progeny-api.md §2).</summary>
public sealed class ProgenyFakeServerTokenTests
{
    /// <summary>The sample tokens were obtained at 1648663647 (exp 1648663947 minus the documented 300 s).</summary>
    private static readonly DateTimeOffset SampleLoginTime = DateTimeOffset.FromUnixTimeSeconds(1648663647);

    [Fact]
    public async Task Obtain_MultipartCredentials_ReturnsSimpleJwtTokensWithTheSamplesExpiry()
    {
        var clock = new FakeTimeProvider(SampleLoginTime);
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TimeProvider = clock });
        using var client = Wire.Client(fake);

        using var response = await client.PostAsync("accounts/token/obtain/", Wire.Form(("username", "fake-user"), ("password", "fake-password")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = await response.Content.ReadAsStringAsync();
        Wire.Keys(body).ShouldBe(["refresh", "access"]);
        using var json = JsonDocument.Parse(body);
        var access = json.RootElement.GetProperty("access").GetString()!;
        var refresh = json.RootElement.GetProperty("refresh").GetString()!;

        Wire.JwtPart(access, 0).GetRawText().ShouldBe("""{"alg":"HS256","typ":"JWT"}""");
        var accessClaims = Wire.JwtPart(access, 1);
        accessClaims.EnumerateObject().Select(p => p.Name).ShouldBe(["token_type", "exp", "iat", "jti", "user_id"]);
        accessClaims.GetProperty("token_type").GetString().ShouldBe("access");
        accessClaims.GetProperty("exp").GetInt64().ShouldBe(DocSamples.ObtainAccessExp);
        accessClaims.GetProperty("iat").GetInt64().ShouldBe(SampleLoginTime.ToUnixTimeSeconds());
        accessClaims.GetProperty("user_id").GetInt64().ShouldBe(41);
        accessClaims.GetProperty("jti").GetString()!.Length.ShouldBe(32);

        var refreshClaims = Wire.JwtPart(refresh, 1);
        refreshClaims.GetProperty("token_type").GetString().ShouldBe("refresh");
        refreshClaims.GetProperty("exp").GetInt64().ShouldBe(DocSamples.ObtainRefreshExp);
        refreshClaims.GetProperty("jti").GetString().ShouldNotBe(accessClaims.GetProperty("jti").GetString());
    }

    [Fact]
    public async Task Obtain_UrlEncodedOrJson_IsAcceptedToo()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);

        using var urlEncoded = await client.PostAsync("accounts/token/obtain/", new FormUrlEncodedContent([new("username", fake.Username), new("password", fake.Password)]));
        using var json = await client.PostAsync("accounts/token/obtain/", JsonContent.Create(new Dictionary<string, string> { ["username"] = fake.Username, ["password"] = fake.Password }));

        urlEncoded.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        Wire.Keys(await json.Content.ReadAsStringAsync()).ShouldBe(["refresh", "access"]);
    }

    [Fact]
    public async Task Obtain_WrongPassword_Answers401WithTheDocumentedBody()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { Username = "alice", Password = "s3cret" });
        using var client = Wire.Client(fake);

        using var response = await client.PostAsync("accounts/token/obtain/", Wire.Form(("username", "alice"), ("password", "wrong")));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson(DocumentationSamples.ObtainUnauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"api\"");
    }

    [Fact]
    public async Task Obtain_MissingFields_Answers400WithTheDocumentedBodyPerField()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);

        using var noPassword = await client.PostAsync("accounts/token/obtain/", Wire.Form(("username", fake.Username)));
        using var nothing = await client.PostAsync("accounts/token/obtain/", Wire.Form());
        using var blank = await client.PostAsync("accounts/token/obtain/", Wire.Form(("username", fake.Username), ("password", "")));

        noPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noPassword.Content.ReadAsStringAsync()).ShouldBeJson(DocSamples.ObtainPasswordRequired);
        (await nothing.Content.ReadAsStringAsync()).ShouldBeJson("""{"username": ["This field is required."], "password": ["This field is required."]}""");
        (await blank.Content.ReadAsStringAsync()).ShouldBeJson("""{"password": ["This field may not be blank."]}""");
    }

    [Fact]
    public async Task Refresh_596SecondsLater_ReturnsBothTokensWithTheSamplesExpiry()
    {
        var clock = new FakeTimeProvider(SampleLoginTime);
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TimeProvider = clock });
        using var client = Wire.Client(fake);
        var (_, refresh) = await Wire.LoginAsync(client, fake);
        clock.Advance(TimeSpan.FromSeconds(596));

        using var response = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        Wire.Keys(body).ShouldBe(["access", "refresh"]);
        using var json = JsonDocument.Parse(body);
        Wire.JwtPart(json.RootElement.GetProperty("access").GetString()!, 1).GetProperty("exp").GetInt64().ShouldBe(DocSamples.RefreshAccessExp);
        var rotated = json.RootElement.GetProperty("refresh").GetString()!;
        rotated.ShouldNotBe(refresh);
        Wire.JwtPart(rotated, 1).GetProperty("exp").GetInt64().ShouldBe(DocSamples.RefreshRefreshExp);
    }

    [Fact]
    public async Task Refresh_OldTokenAfterRotation_IsRefusedWhileTheNewOneWorks()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (_, first) = await Wire.LoginAsync(client, fake);

        using var rotation = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", first)));
        using var rotationBody = JsonDocument.Parse(await rotation.Content.ReadAsStringAsync());
        var second = rotationBody.RootElement.GetProperty("refresh").GetString()!;
        using var reuse = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", first)));
        using var next = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", second)));

        reuse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reuse.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Token is blacklisted", "code": "token_not_valid"}""");
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_ExpiredForgedOrMissingToken_IsRefused()
    {
        var clock = new FakeTimeProvider(SampleLoginTime);
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TimeProvider = clock, RefreshTokenLifetime = TimeSpan.FromHours(1) });
        await using var other = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        using var otherClient = Wire.Client(other);
        var (access, refresh) = await Wire.LoginAsync(client, fake);
        var (_, foreign) = await Wire.LoginAsync(otherClient, other);

        using var forged = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", foreign)));
        using var wrongType = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", access)));
        using var missing = await client.PostAsync("accounts/token/refresh/", Wire.Form());
        clock.Advance(TimeSpan.FromHours(1));
        using var expired = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));

        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await forged.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Token is invalid or expired", "code": "token_not_valid"}""");
        (await wrongType.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Token has wrong type", "code": "token_not_valid"}""");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldBeJson("""{"refresh": ["This field is required."]}""");
        expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await expired.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Token is invalid or expired", "code": "token_not_valid"}""");
        expired.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"api\"");
    }

    [Fact]
    public async Task Obtain_UnsupportedContentType_Answers415()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);

        using var response = await client.PostAsync("accounts/token/obtain/", new StringContent("username=x", Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Unsupported media type \"text/plain\" in request."}""");
    }
}
