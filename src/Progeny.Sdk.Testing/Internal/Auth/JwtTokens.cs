using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// Issues and checks HS256 JWTs shaped like djangorestframework-simplejwt's (claims <c>token_type</c>, <c>exp</c>,
/// <c>iat</c>, <c>jti</c>, <c>user_id</c>), signed with a key of this server alone. Keeps the blacklist.
/// </summary>
internal sealed class JwtTokens
{
    public const string Access = "access";
    public const string Refresh = "refresh";
    public const string InvalidOrExpired = "Token is invalid or expired";
    public const string Blacklisted = "Token is blacklisted";

    // {"alg":"HS256","typ":"JWT"}, as PyJWT writes it.
    private static readonly string EncodedHeader = WebEncoders.Base64UrlEncode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8.ToArray());

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly object _gate = new();
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blacklisted = new(StringComparer.Ordinal);

    public string Issue(string tokenType, DateTimeOffset now, TimeSpan lifetime, long userId)
    {
        var jti = Guid.NewGuid().ToString("N");
        var issuedAt = now.ToUnixTimeSeconds();
        var expires = (now + lifetime).ToUnixTimeSeconds();
        var payload = new ArrayBufferWriter<byte>(160);
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            writer.WriteString("token_type", tokenType);
            writer.WriteNumber("exp", expires);
            writer.WriteNumber("iat", issuedAt);
            writer.WriteString("jti", jti);
            writer.WriteNumber("user_id", userId);
            writer.WriteEndObject();
        }

        var signingInput = EncodedHeader + "." + WebEncoders.Base64UrlEncode(payload.WrittenSpan.ToArray());
        lock (_gate)
        {
            _issued.Add(jti);
        }

        return signingInput + "." + WebEncoders.Base64UrlEncode(Sign(signingInput));
    }

    /// <summary>Checks signature, type, expiry and blacklist; returns the token's <c>jti</c>, or <see langword="null"/> and why not.</summary>
    public string? Validate(string? token, string expectedType, DateTimeOffset now, out string failure)
    {
        failure = InvalidOrExpired;
        if (!TryRead(token, out var claims))
        {
            return null;
        }

        if (!string.Equals(claims.TokenType, expectedType, StringComparison.Ordinal))
        {
            failure = "Token has wrong type";
            return null;
        }

        if (now >= DateTimeOffset.FromUnixTimeSeconds(claims.Expires))
        {
            return null;
        }

        lock (_gate)
        {
            if (_blacklisted.Contains(claims.Jti))
            {
                failure = Blacklisted;
                return null;
            }

            return claims.Jti;
        }
    }

    /// <summary>Blacklists <paramref name="jti"/> unless it already was: true for the one caller that wins a rotation race.</summary>
    public bool TryBlacklist(string jti)
    {
        lock (_gate)
        {
            return _blacklisted.Add(jti);
        }
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            _blacklisted.UnionWith(_issued);
        }
    }

    private bool TryRead(string? token, out (string TokenType, long Expires, string Jti) claims)
    {
        claims = default;
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], EncodedHeader, StringComparison.Ordinal))
        {
            return false;
        }

        byte[] signature;
        byte[] payload;
        try
        {
            signature = WebEncoders.Base64UrlDecode(parts[2]);
            payload = WebEncoders.Base64UrlDecode(parts[1]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return false;
        }

        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        if (root.TryGetProperty("token_type", out var type) && type.ValueKind == JsonValueKind.String
            && root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var expires)
            && root.TryGetProperty("jti", out var jti) && jti.ValueKind == JsonValueKind.String)
        {
            claims = (type.GetString()!, expires, jti.GetString()!);
            return true;
        }

        return false;
    }

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signingInput));
}
