using System.Security.Cryptography;
using System.Text;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>Makes SimpleJWT-shaped tokens (HS256 header; token_type, exp, jti, user_id) with a chosen expiry. Not signed for real.</summary>
internal static class Jwt
{
    public static string Access(DateTimeOffset expires) => Create(expires, "access");

    public static string Refresh(DateTimeOffset expires) => Create(expires, "refresh");

    /// <summary>A token that expires far in the future: the SDK never renews it on its own.</summary>
    public static string LongLived(string tokenType = "access") => Create(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), tokenType);

    public static string Create(DateTimeOffset expires, string tokenType)
    {
        var header = Encode("""{"typ":"JWT","alg":"HS256"}""");
        var payload = Encode($$"""{"token_type":"{{tokenType}}","exp":{{expires.ToUnixTimeSeconds()}},"jti":"{{Guid.NewGuid():N}}","user_id":41}""");
        var signature = Base64Url(RandomNumberGenerator.GetBytes(32));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
