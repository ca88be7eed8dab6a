using System.Text.Json;

namespace Progeny.Cli;

/// <summary>Writes documents as JSON Lines: one compact JSON object per document, one per line.</summary>
internal static class JsonResultWriter
{
    /// <summary>Writes one document.</summary>
    /// <param name="output">stdout.</param>
    /// <param name="outcome">A document read.</param>
    public static void Write(TextWriter output, DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(PassportJson.From(outcome), CliJsonContext.Default.PassportJson));
    }
}
