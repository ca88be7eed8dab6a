using System.Globalization;
using System.Text.Json;

namespace Progeny.Sdk.Testing;

/// <summary>
/// The <c>result.data.document</c> a fake ocr_passport task returns, in the API's own wire format: every value is
/// written as given (dates as <c>Y-M-D</c> strings without zero padding, <c>"None-None-None"</c> for a missing date).
/// A <see langword="null"/> property is left out of the JSON. Build one with <c>with</c> from <see cref="Sample"/>.
/// </summary>
/// <remarks>
/// The JSON keys keep the documented order and mixed naming: <c>is_valid</c>, <c>is_expired</c>, <c>dateOfBirth</c>,
/// <c>age</c>, <c>firstName</c>, <c>lastName</c>, <c>dateOfIssue</c>, <c>dateOfExpiry</c>, <c>documentNumber</c>,
/// <c>sex</c>, <c>nationality</c>, <c>portrait</c>, <c>portrait_url</c>.
/// </remarks>
public sealed record FakePassportDocument
{
    private readonly IReadOnlyDictionary<string, string>? _rawFields;

    /// <summary>Gets the documentation's sample document, verbatim: VALERIA PERFILOVA, passport XX008080.</summary>
    public static FakePassportDocument Sample { get; } = new()
    {
        IsValid = true,
        IsExpired = false,
        DateOfBirth = "1991-9-24",
        Age = 30,
        FirstName = "VALERIA",
        LastName = "PERFILOVA",
        DateOfIssue = "None-None-None",
        DateOfExpiry = "2023-9-25",
        DocumentNumber = "XX008080",
        Sex = "F",
        Nationality = "UKRAINIAN",
        Portrait = "images/services/ocr_passport/9456633680.jpg",
        PortraitUrl = "https://dev.progeny.tech/media/images/services/ocr_passport/9456633680.jpg",
    };

    /// <summary>Gets the <c>is_valid</c> flag.</summary>
    public bool? IsValid { get; init; }

    /// <summary>Gets the <c>is_expired</c> flag.</summary>
    public bool? IsExpired { get; init; }

    /// <summary>Gets the raw <c>dateOfBirth</c>, e.g. <c>1991-9-24</c>; see <see cref="FormatDate"/>.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>Gets the <c>age</c> in years.</summary>
    public int? Age { get; init; }

    /// <summary>Gets the <c>firstName</c>.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the <c>lastName</c>.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the raw <c>dateOfIssue</c>, e.g. <c>None-None-None</c>.</summary>
    public string? DateOfIssue { get; init; }

    /// <summary>Gets the raw <c>dateOfExpiry</c>, e.g. <c>2023-9-25</c>.</summary>
    public string? DateOfExpiry { get; init; }

    /// <summary>Gets the <c>documentNumber</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Gets the <c>sex</c>, e.g. <c>F</c>.</summary>
    public string? Sex { get; init; }

    /// <summary>Gets the <c>nationality</c>, an English word such as <c>UKRAINIAN</c>.</summary>
    public string? Nationality { get; init; }

    /// <summary>Gets the server-relative <c>portrait</c> path.</summary>
    public string? Portrait { get; init; }

    /// <summary>Gets the absolute <c>portrait_url</c>.</summary>
    public string? PortraitUrl { get; init; }

    /// <summary>
    /// Gets JSON members written verbatim, by wire name: a known name replaces that member in place (e.g.
    /// <c>["age"] = "\"30\""</c> sends the age as a string), any other name is appended (e.g. an unknown field).
    /// </summary>
    /// <exception cref="ArgumentException">A value is not one valid JSON value.</exception>
    public IReadOnlyDictionary<string, string>? RawFields
    {
        get => _rawFields;
        init
        {
            if (value is not null)
            {
                foreach (var (name, json) in value)
                {
                    EnsureJsonValue(name, json);
                }
            }

            _rawFields = value;
        }
    }

    /// <summary>Formats a date the way the API does: <c>1991-9-24</c> (no zero padding), or <c>None-None-None</c> for none.</summary>
    /// <param name="date">The date, or <see langword="null"/>.</param>
    /// <returns>The wire text.</returns>
    public static string FormatDate(DateOnly? date) =>
        date is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.Year}-{value.Month}-{value.Day}") : "None-None-None";

    /// <summary>Returns a copy with one more verbatim JSON member (see <see cref="RawFields"/>).</summary>
    /// <param name="name">The wire name, e.g. <c>age</c>.</param>
    /// <param name="json">One JSON value, e.g. <c>"\"30\""</c> or <c>null</c>.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not one valid JSON value.</exception>
    public FakePassportDocument WithRawField(string name, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(json);
        var fields = _rawFields is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(_rawFields, StringComparer.Ordinal);
        fields[name] = json;
        return this with { RawFields = fields };
    }

    private static void EnsureJsonValue(string name, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The raw value of '{name}' is not valid JSON.", exception);
        }
    }
}
