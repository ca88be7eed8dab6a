using System.Text.Json.Serialization;

namespace Progeny.Sdk.Testing.Internal;

/// <summary><c>accounts/token/obtain/</c> 200, keys in the documented order.</summary>
internal sealed record ObtainedTokens(
    [property: JsonPropertyName("refresh")] string Refresh,
    [property: JsonPropertyName("access")] string Access);

/// <summary><c>accounts/token/refresh/</c> 200, keys in the documented order.</summary>
internal sealed record RefreshedTokens(
    [property: JsonPropertyName("access")] string Access,
    [property: JsonPropertyName("refresh")] string Refresh);

/// <summary>A service POST's 200: <c>{"id": "&lt;uuid&gt;"}</c>.</summary>
internal sealed record TaskCreated([property: JsonPropertyName("id")] string Id);

/// <summary>Django REST Framework's <c>{"detail": "..."}</c>.</summary>
internal sealed record Detail([property: JsonPropertyName("detail")] string Text);

/// <summary>SimpleJWT's <c>{"detail": "...", "code": "..."}</c>.</summary>
internal sealed record CodedDetail(
    [property: JsonPropertyName("detail")] string Text,
    [property: JsonPropertyName("code")] string Code);

/// <summary>SimpleJWT's authentication failure, with one message per token class tried.</summary>
internal sealed record TokenNotValid(
    [property: JsonPropertyName("detail")] string Text,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("messages")] IReadOnlyList<TokenMessage> Messages);

/// <summary>One entry of <see cref="TokenNotValid.Messages"/>.</summary>
internal sealed record TokenMessage(
    [property: JsonPropertyName("token_class")] string TokenClass,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("message")] string Message);

/// <summary>Source-generated serialization of every fixed-shape body: trim- and AOT-safe.</summary>
[JsonSerializable(typeof(ObtainedTokens))]
[JsonSerializable(typeof(RefreshedTokens))]
[JsonSerializable(typeof(TaskCreated))]
[JsonSerializable(typeof(Detail))]
[JsonSerializable(typeof(CodedDetail))]
[JsonSerializable(typeof(TokenNotValid))]
[JsonSerializable(typeof(Dictionary<string, List<string>>))]
internal sealed partial class FakeJsonContext : JsonSerializerContext;
