using System.Buffers;
using System.Text.Json;

namespace Progeny.Sdk.Internal;

/// <summary>A pair of tokens and when to renew them, read from the JWTs' own <c>exp</c> claims.</summary>
internal sealed class AccessTokens
{
    private static readonly TimeSpan AssumedAccessLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxRenewalMargin = TimeSpan.FromSeconds(30);

    private AccessTokens(string access, DateTimeOffset renewAt, string? refresh, DateTimeOffset? refreshExpires)
    {
        Access = access;
        RenewAt = renewAt;
        Refresh = refresh;
        RefreshExpires = refreshExpires;
    }

    public string Access { get; }

    public DateTimeOffset RenewAt { get; }

    public string? Refresh { get; }

    public DateTimeOffset? RefreshExpires { get; }

    public static AccessTokens Create(string access, string? refresh, DateTimeOffset now)
    {
        // Renew a little before expiry: 10% of the lifetime, at most 30 s. A token whose exp lies in the
        // past by our clock (clock skew) or cannot be read is given the documented 5-minute lifetime.
        var lifetime = ReadExpiry(access) - now;
        if (lifetime is not { } known || known <= TimeSpan.Zero)
        {
            lifetime = AssumedAccessLifetime;
        }

        var margin = TimeSpan.FromTicks(Math.Min(MaxRenewalMargin.Ticks, lifetime.Value.Ticks / 10));
        return new AccessTokens(access, now + lifetime.Value - margin, refresh, refresh is null ? null : ReadExpiry(refresh));
    }

    public bool IsFresh(DateTimeOffset now) => now < RenewAt;

    public bool CanRefresh(DateTimeOffset now) => Refresh is not null && (RefreshExpires is not { } expires || now < expires);

    /// <summary>Reads the <c>exp</c> claim (seconds since the epoch) of a JWT without validating it.</summary>
    internal static DateTimeOffset? ReadExpiry(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 || parts[1].Length is 0 or > 8192)
        {
            return null;
        }

        var payload = ArrayPool<byte>.Shared.Rent(parts[1].Length);
        try
        {
            if (!TryDecodeBase64Url(parts[1], payload, out var written))
            {
                return null;
            }

            var reader = new Utf8JsonReader(payload.AsSpan(0, written));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isExp = reader.ValueTextEquals("exp"u8);
                reader.Read();
                if (isExp && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds)
                    && seconds > 0 && seconds < 253402300799)
                {
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    private static bool TryDecodeBase64Url(string text, byte[] destination, out int written)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        return Convert.TryFromBase64String(padded, destination, out written);
    }
}
