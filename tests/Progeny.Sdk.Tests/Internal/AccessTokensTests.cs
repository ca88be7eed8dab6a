using Progeny.Sdk.Internal;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>Reading <c>exp</c> from the JWT, and when to renew.</summary>
public sealed class AccessTokensTests
{
    private static readonly DateTimeOffset Now = ObservedFakeTimeProvider.Epoch;

    [Fact]
    public void ReadExpiry_SimpleJwtToken_ReturnsItsExp()
    {
        var expires = new DateTimeOffset(2022, 3, 30, 18, 12, 27, TimeSpan.Zero);

        AccessTokens.ReadExpiry(Jwt.Access(expires)).ShouldBe(expires);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9..sig")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.!!!!.sig")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiIxNjQ4NjYzOTQ3In0.sig")] // {"exp":"1648663947"}: a string
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjo0MX0.sig")] // {"user_id":41}: no exp
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOi0xfQ.sig")] // {"exp":-1}
    [InlineData("eyJhbGciOiJIUzI1NiJ9.WzEsMl0.sig")] // [1,2]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE2.sig")] // truncated JSON
    public void ReadExpiry_MalformedToken_IsNull(string jwt) =>
        AccessTokens.ReadExpiry(jwt).ShouldBeNull();

    [Fact]
    public void Create_FiveMinuteToken_RenewsThirtySecondsBeforeExpiry()
    {
        var tokens = AccessTokens.Create(Jwt.Access(Now.AddMinutes(5)), Jwt.Refresh(Now.AddDays(14)), Now);

        tokens.IsFresh(Now.AddMinutes(4).AddSeconds(29)).ShouldBeTrue();
        tokens.IsFresh(Now.AddMinutes(4).AddSeconds(31)).ShouldBeFalse();
        tokens.CanRefresh(Now.AddDays(13)).ShouldBeTrue();
        tokens.CanRefresh(Now.AddDays(14).AddSeconds(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("opaque-token")]
    [InlineData("past")]
    public void Create_UnreadableOrPastExpiry_AssumesTheDocumentedFiveMinutes(string kind)
    {
        var access = kind == "past" ? Jwt.Access(Now.AddHours(-1)) : "opaque-token";

        var tokens = AccessTokens.Create(access, refresh: null, Now);

        tokens.IsFresh(Now.AddMinutes(4)).ShouldBeTrue();
        tokens.IsFresh(Now.AddMinutes(5)).ShouldBeFalse();
        tokens.CanRefresh(Now).ShouldBeFalse("there is no refresh token");
    }
}
