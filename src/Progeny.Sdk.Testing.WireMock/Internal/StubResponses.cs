using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>Builds the response messages of the stubs' callbacks.</summary>
internal static class StubResponses
{
    public const string Json = "application/json";

    public const string BearerChallenge = "Bearer realm=\"api\"";

    public static ResponseMessage Create(int statusCode, string contentType, string body, params (string Name, string Value)[] headers)
    {
        var response = new ResponseMessage
        {
            StatusCode = statusCode,
            BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", contentType);
        foreach (var (name, value) in headers)
        {
            response.AddHeader(name, value);
        }

        return response;
    }

    public static ResponseMessage JsonBody(int statusCode, string body, params (string Name, string Value)[] headers) =>
        Create(statusCode, Json, body, headers);

    /// <summary>A 401 with the <c>WWW-Authenticate</c> challenge that djangorestframework-simplejwt sends.</summary>
    public static ResponseMessage Unauthorized(string body) => JsonBody(401, body, ("WWW-Authenticate", BearerChallenge));

    public static ResponseMessage FieldErrors(IEnumerable<KeyValuePair<string, string>> errors) => JsonBody(400, StubJson.FieldErrors(errors));
}
