namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>The absolute paths of the stubbed endpoints, under <c>/api/v3/</c>.</summary>
internal static class StubPaths
{
    public const string Api = "/api/v3/";
    public const string Obtain = Api + "accounts/token/obtain/";
    public const string Refresh = Api + "accounts/token/refresh/";
    public const string Services = Api + "services/";
    public const string Task = Services + "task/";

    public static string Of(ProgenyEndpoint endpoint) => endpoint switch
    {
        ProgenyEndpoint.TokenObtain => Obtain,
        ProgenyEndpoint.TokenRefresh => Refresh,
        ProgenyEndpoint.TaskStatus => Task,
        _ => StubService.Of(endpoint).Path,
    };
}
