using System.Globalization;
using Progeny.Sdk;
using Spectre.Console;

namespace Progeny.Cli;

/// <summary>Writes a document as a readable two-column table, titled with its file name.</summary>
internal static class TableResultWriter
{
    /// <summary>Writes one document.</summary>
    /// <param name="console">The Spectre console on stdout.</param>
    /// <param name="outcome">A document read.</param>
    public static void Write(IAnsiConsole console, DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Result ?? throw new ArgumentException("The document was not read.", nameof(outcome));
        var document = result.Document;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape(outcome.Request.DisplayName))
            .AddColumn(new TableColumn("[bold]Field[/]"))
            .AddColumn(new TableColumn("[bold]Value[/]"));
        void Row(string field, string? value) => table.AddRow(new Text(field), value is null ? new Markup("[grey]—[/]") : new Text(value));

        Row("Surname", document.LastName);
        Row("Given names", document.FirstName);
        Row("Document number", document.DocumentNumber);
        Row("Nationality", document.Nationality);
        Row("Sex", PassportJson.SexName(document.Sex));
        Row("Date of birth", Date(document.DateOfBirth));
        Row("Age", document.Age?.ToString(CultureInfo.InvariantCulture));
        Row("Date of issue", Date(document.DateOfIssue));
        Row("Date of expiry", Date(document.DateOfExpiry));
        Row("Valid", YesNo(document.IsValid));
        Row("Expired", YesNo(document.IsExpired));
        if (document.PortraitUrl is not null || document.Portrait is not null)
        {
            Row("Portrait", document.PortraitUrl?.ToString() ?? document.Portrait);
        }

        if (result.ProviderData.Count > 0)
        {
            Row("Provider data", string.Join(", ", result.ProviderData.Keys) + " (see --json)");
        }

        Row("Task", outcome.TaskId ?? result.TaskId);
        console.Write(table);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };
}
