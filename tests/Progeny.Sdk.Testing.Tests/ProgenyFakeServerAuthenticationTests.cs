using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>Authorization: Bearer on services/*, answered like djangorestframework-simplejwt.</summary>
public sealed class ProgenyFakeServerAuthenticationTests
{
    private const string TokenNotValid = """
        {"detail": "Given token not valid for any token type", "code": "token_not_valid",
         "messages": [{"token_class": "AccessToken", "token_type": "access", "message": "Token is invalid or expired"}]}
        """;

    [Fact]
    public async Task Services_ValidAccessToken_AreServed()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var upload = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload());

        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Services_NoAuthorizationHeader_Answer401NotAuthenticated()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var task = fake.CreateTask();

        using var upload = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access: null, Wire.Upload());
        using var read = await Wire.SendAsync(client, HttpMethod.Get, $"services/task/?id={task}", access: null);

        upload.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        upload.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"api\"");
        (await upload.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Authentication credentials were not provided."}""");
        read.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        fake.Recording.CreatedTaskIds.ShouldBe([task]);
    }

    [Fact]
    public async Task Services_GarbageOrForeignToken_Answer401TokenNotValid()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        await using var other = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        using var otherClient = Wire.Client(other);
        var (foreign, _) = await Wire.LoginAsync(otherClient, other);

        using var garbage = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", "not-a-jwt", Wire.Upload());
        using var forged = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", foreign, Wire.Upload());

        garbage.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await garbage.Content.ReadAsStringAsync()).ShouldBeJson(TokenNotValid);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await forged.Content.ReadAsStringAsync()).ShouldBeJson(TokenNotValid);
        fake.Recording.CreatedTaskIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task Services_ExpiredAccessToken_Answer401AfterTheConfiguredLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromSeconds(30) });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask();

        clock.Advance(TimeSpan.FromSeconds(28));
        var (freshStatus, _) = await Wire.ReadTaskAsync(client, access, task);
        clock.Advance(TimeSpan.FromSeconds(3));
        var (staleStatus, staleBody) = await Wire.ReadTaskAsync(client, access, task);

        freshStatus.ShouldBe(200);
        staleStatus.ShouldBe(401);
        staleBody.ShouldBeJson(TokenNotValid);
    }

    [Fact]
    public async Task RevokeAllTokens_RefusesIssuedAccessAndRefreshTokens_ButANewLoginWorks()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, refresh) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask();

        fake.RevokeAllTokens();
        var (revokedStatus, revokedBody) = await Wire.ReadTaskAsync(client, access, task);
        using var refused = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));
        var (newAccess, _) = await Wire.LoginAsync(client, fake);
        var (newStatus, _) = await Wire.ReadTaskAsync(client, newAccess, task);

        revokedStatus.ShouldBe(401);
        revokedBody.ShouldBeJson(TokenNotValid);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        newStatus.ShouldBe(200);
    }

    [Fact]
    public async Task Services_RefreshTokenAsBearerOrMalformedHeader_Answer401()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (_, refresh) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask();

        var (refreshStatus, refreshBody) = await Wire.ReadTaskAsync(client, refresh, task);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"services/task/?id={task}");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer a b");
        using var twoValues = await client.SendAsync(request);
        using var basic = new HttpRequestMessage(HttpMethod.Get, $"services/task/?id={task}");
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", "ZmFrZTpmYWtl");
        using var basicResponse = await client.SendAsync(basic);

        refreshStatus.ShouldBe(401);
        refreshBody.ShouldContain("Token has wrong type");
        twoValues.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await twoValues.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Authorization header must contain two space-delimited values", "code": "bad_authorization_header"}""");
        basicResponse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await basicResponse.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "Authentication credentials were not provided."}""");
    }
}
