using System.Globalization;
using System.Text.Json;
using Progeny.Sdk;
using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// A result as a readable two-column table, titled with its input: the rows a service adds, with the shared ones for
/// documents and face checks. A value not read shows as a dash; a check's negative answer reads as such, e.g.
/// <c>not live: FACE_TOO_SMALL</c>.
/// </summary>
internal sealed class ResultTable
{
    /// <summary>Initializes a new instance of the <see cref="ResultTable"/> class.</summary>
    /// <param name="title">The input, as the person knows it.</param>
    public ResultTable(string title) => Table = new Table()
        .Border(TableBorder.Rounded)
        .Title(Markup.Escape(title))
        .AddColumn(new TableColumn("[bold]Field[/]"))
        .AddColumn(new TableColumn("[bold]Value[/]"));

    /// <summary>Gets the Spectre table.</summary>
    public Table Table { get; }

    /// <summary>Adds a row.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="value">Its value, or <see langword="null"/> when not read (shown as a dash).</param>
    public void Row(string field, string? value) => Table.AddRow(new Text(field), value is null ? new Markup("[grey]—[/]") : new Text(value));

    /// <summary>Adds the rows of a passport or card: the holder, the document and its dates.</summary>
    /// <param name="document">The document.</param>
    public void Document(IdentityDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Row("Surname", document.LastName);
        Row("Given names", document.FirstName);
        Row("Document number", document.DocumentNumber);
        Row("Nationality", document.NationalityCode is { } code ? $"{document.Nationality} ({code})" : document.Nationality);
        Row("Sex", document.Sex.ToString());
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

        if (document is CardDocument card)
        {
            foreach (var (name, value) in card.OtherFields)
            {
                Row(name, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());
            }
        }
    }

    /// <summary>Adds the rows of a liveness check: its answer, then the scores Progeny gave.</summary>
    /// <param name="check">The check.</param>
    public void Liveness(LivenessCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        Row("Liveness", check.IsLive switch
        {
            true => "live",
            false => "not live" + (check.ErrorCode is { } code ? $": {code}" : string.Empty) + (check.Error is { } error ? $" ({error})" : string.Empty),
            null => null,
        });
        OptionalRow("Liveness score", Number(check.Score));
        OptionalRow("Liveness quality", Number(check.Quality));
        OptionalRow("Liveness probability", Number(check.Probability));
    }

    /// <summary>Adds the rows of a face comparison: its answer, then the scores Progeny gave.</summary>
    /// <param name="match">The comparison.</param>
    public void Match(FaceMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        Row("Face match", match.IsMatch switch
        {
            true => "match",
            false => "no match",
            null => null,
        });
        OptionalRow("Match score", Number(match.MatchScore));
        OptionalRow("Match score percent", Number(match.ScorePercent) is { } percent ? percent + "%" : null);
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes a yes-or-no value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>yes</c>, <c>no</c>, or <see langword="null"/>.</returns>
    public static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    private static string? Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private void OptionalRow(string field, string? value)
    {
        if (value is not null)
        {
            Row(field, value);
        }
    }
}
