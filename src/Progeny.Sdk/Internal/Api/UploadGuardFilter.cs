using Microsoft.Extensions.Http;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Puts <see cref="UploadGuardHandler"/> last among the SDK client's handlers, after every handler configured by the
/// application (app-wide defaults included), so that no retry sits between it and the transport.
/// </summary>
internal sealed class UploadGuardFilter : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name == ProgenyHttp.HttpClientName)
        {
            builder.AdditionalHandlers.Add(ProgenyHttp.InnermostHandler());
        }
    };
}
