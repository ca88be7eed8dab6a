using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Internal;

/// <summary>
/// Puts <see cref="UploadGuardHandler"/> last among the SDK client's handlers, after every handler configured by the
/// application (app-wide defaults included), so that no retry sits between it and the transport. When logging is off for
/// <c>IHttpClientFactory</c>'s request categories and for the SDK, it also leaves out the factory's two logging handlers,
/// which would log nothing but still format each request's address and open a scope.
/// </summary>
internal sealed class UploadGuardFilter(ILoggerFactory loggerFactory) : IHttpMessageHandlerBuilderFilter
{
    private const string FactoryCategory = "System.Net.Http.HttpClient." + ProgenyHttp.HttpClientName;

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name != ProgenyHttp.HttpClientName)
        {
            return;
        }

        if (!IsLogging(FactoryCategory + ".LogicalHandler") && !IsLogging(FactoryCategory + ".ClientHandler") && !IsLogging(typeof(ProgenyClient).FullName!))
        {
            var handlers = builder.AdditionalHandlers;
            for (var i = handlers.Count - 1; i >= 0; i--)
            {
                if (handlers[i] is LoggingScopeHttpMessageHandler or LoggingHttpMessageHandler)
                {
                    handlers.RemoveAt(i);
                }
            }
        }

        builder.AdditionalHandlers.Add(ProgenyHttp.InnermostHandler());
    };

    private bool IsLogging(string category) => loggerFactory.CreateLogger(category).IsEnabled(LogLevel.Critical);
}
