using System.Globalization;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>The HTML pages the stack answers where no JSON view does: nginx's error pages and Django's production pages.</summary>
internal static class FakePages
{
    /// <summary>Django's 404 page (DEBUG off).</summary>
    public const string DjangoNotFound = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";

    /// <summary>Django's 500 page (DEBUG off): an unhandled exception, e.g. the broker or the result store is down.</summary>
    public const string DjangoServerError = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";

    /// <summary>nginx 1.22's default error page, e.g. <c>502 Bad Gateway</c>.</summary>
    public static string Nginx(int statusCode, string reason) => string.Create(
        CultureInfo.InvariantCulture,
        $"<html>\r\n<head><title>{statusCode} {reason}</title></head>\r\n<body>\r\n<center><h1>{statusCode} {reason}</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n");
}
