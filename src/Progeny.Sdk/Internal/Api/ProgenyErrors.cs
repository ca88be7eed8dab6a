using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>Turns answers and transport failures into the SDK's exceptions, without secrets in any message.</summary>
internal static partial class ProgenyErrors
{
    private const int ExcerptLength = 256;
    private static readonly JsonDocumentOptions ErrorDocumentOptions = new() { MaxDepth = 16 };

    /// <summary>Returns the response, or throws the failure that prevented it (Refit reports those inside the response).</summary>
    public static T EnsureReceived<T>(T response)
        where T : IApiResponse
    {
        if (response.HasRequestError(out var requestError))
        {
            throw requestError!;
        }

        return response;
    }

    /// <summary>The failure behind a Refit wrapper: a transport error, a cancellation, or the SDK's own exception from a handler.</summary>
    public static Exception Unwrap(Exception exception) =>
        exception is ApiException or ApiRequestException && exception.InnerException is { } inner ? inner : exception;

    /// <summary>Whether a transport failure happened before anything was sent: the connection could not be opened.</summary>
    public static bool IsConnectFailure(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    public static bool IsTransient(HttpStatusCode statusCode) =>
        statusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)statusCode >= 500;

    /// <summary>Maps a non-success answer to <see cref="ProgenyApiException"/> or one of its subtypes.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="what">What failed, e.g. <c>Could not log in</c>.</param>
    /// <param name="consequence">A sentence to append, e.g. whether a task may exist.</param>
    /// <param name="secrets">Values the request carried that an echoing body must not bring into the excerpt (the credentials).</param>
    public static ProgenyApiException FromStatus(IApiResponse response, string what, string? consequence = null, params string?[] secrets) =>
        FromStatus(StatusOf(response), response.ReasonPhrase, (response.Error as ApiException)?.Content, what, consequence, secrets);

    /// <summary>Maps a non-success answer read without Refit's help (an upload, a status request) the same way.</summary>
    public static async Task<ProgenyApiException> FromResponseAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken, string? consequence = null)
    {
        string? body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            body = null;
        }

        return FromStatus(response.StatusCode, response.ReasonPhrase, body, what, consequence, secrets: []);
    }

    /// <summary>The status code of an answer that was received.</summary>
    /// <summary>
    /// A token failure said again for one call, as a new exception of its kind: its message followed by
    /// <paramref name="sentence"/> (the failure itself is shared by every call that waited for that renewal). A refusal of
    /// the credentials carries <paramref name="taskId"/>, the task whose wait it ended.
    /// </summary>
    public static ProgenyException Restate(ProgenyException failure, string sentence, string? taskId = null) => failure switch
    {
        ProgenyAuthenticationException refused => new ProgenyAuthenticationException($"{refused.Message} {sentence}", refused.StatusCode, refused.ResponseExcerpt) { TaskId = taskId },
        ProgenyApiException answered => new ProgenyApiException($"{answered.Message} {sentence}", answered.StatusCode, answered.ResponseExcerpt, answered.InnerException),
        _ => new ProgenyException($"{failure.Message} {sentence}", failure.InnerException),
    };

    public static HttpStatusCode StatusOf(IApiResponse response) => response.StatusCode ?? 0;

    /// <summary>The start of an error body, tokens and <paramref name="secrets"/> removed.</summary>
    public static string? Excerpt(IApiResponse response, params string?[] secrets) => Excerpt((response.Error as ApiException)?.Content, secrets);

    private static ProgenyApiException FromStatus(HttpStatusCode status, string? reasonPhrase, string? body, string what, string? consequence, string?[] secrets)
    {
        var excerpt = Excerpt(body, secrets);
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            HttpStatusCode.BadRequest when ReadFieldErrors(body) is { Count: > 0 } errors =>
                new ProgenyValidationException($"{what}: Progeny refused the request's fields ({Describe(errors)}).{consequence}", errors, excerpt),
            HttpStatusCode.Unauthorized =>
                new ProgenyAuthenticationException($"{what}: Progeny refused the access token, also after renewing it (401).{consequence}", status, excerpt),
            >= (HttpStatusCode)300 and < (HttpStatusCode)400 =>
                new ProgenyApiException($"{what}: Progeny answered a redirect ({code}), which is not followed.{consequence}", status, excerpt),
            _ => new ProgenyApiException($"{what}: Progeny answered {code} {reasonPhrase}.{consequence}", status, excerpt),
        };
    }

    private static string? Excerpt(string? body, string?[] secrets) =>
        string.IsNullOrEmpty(body) ? null : Cut(Redact(RedactSecrets(body, secrets)), ExcerptLength);

    /// <summary>Removes each secret as sent and as JSON escapes it (an echoing body may quote it either way), before the body is cut.</summary>
    private static string RedactSecrets(string body, string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            foreach (var spelling in new[] { secret, JsonEncodedText.Encode(secret).ToString(), JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() })
            {
                body = body.Replace(spelling, "[redacted]", StringComparison.OrdinalIgnoreCase);
            }
        }

        return body;
    }

    /// <summary>Reads Django REST Framework field errors: <c>{"field": ["message", ...]}</c>, tolerating a single string. Tokens are removed.</summary>
    internal static Dictionary<string, IReadOnlyList<string>>? ReadFieldErrors(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body, ErrorDocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var field in document.RootElement.EnumerateObject())
            {
                var messages = field.Value.ValueKind switch
                {
                    JsonValueKind.Array => field.Value.EnumerateArray().Select(Text).ToArray(),
                    _ => [Text(field.Value)],
                };
                errors[field.Name] = messages;
            }

            return errors;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: text that is not valid UTF-16 once unescaped (e.g. "\ud800") cannot be read as a string.
            return null;
        }
    }

    private static string Text(JsonElement element) => Redact(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());

    private static string Redact(string text) => JwtPattern().Replace(text, "[token]");

    /// <summary>The field errors for a message, cut at a few hundred characters (all of them stay in <see cref="ProgenyValidationException.Errors"/>).</summary>
    private static string Describe(Dictionary<string, IReadOnlyList<string>> errors)
    {
        var text = string.Join("; ", errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"));
        return Cut(text, 2 * ExcerptLength);
    }

    /// <summary>The first <paramref name="length"/> characters and an ellipsis, never half a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[length - 1]) ? length - 1 : length), "…");
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]*\.?[A-Za-z0-9_\-]*")]
    private static partial Regex JwtPattern();
}
