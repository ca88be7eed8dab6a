namespace Progeny.Samples.AspNet;

/// <summary>The upload page served at <c>/</c>: one self-contained HTML file (inline CSS and script), embedded in the assembly.</summary>
internal static class UploadPage
{
    private static readonly Lazy<string> Html = new(Load);

    /// <summary>Answers the page.</summary>
    /// <returns>The HTML.</returns>
    public static IResult Get() => TypedResults.Content(Html.Value, "text/html; charset=utf-8");

    private static string Load()
    {
        using var stream = typeof(UploadPage).Assembly.GetManifestResourceStream("UploadPage.html")
            ?? throw new InvalidOperationException("The embedded resource UploadPage.html is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
