using System.Globalization;
using System.Text.Json;
using Progeny.Sdk.Testing.WireMock.Internal;

namespace Progeny.Sdk.Testing.WireMock;

/// <summary>
/// The <c>document</c> of a stubbed passport or card task, written in the API's own format: dates as <c>Y-M-D</c>
/// without zero padding (<c>1991-9-24</c>), a <see langword="null"/> date as <c>"None-None-None"</c>, the documented key
/// order and mixed naming (<c>is_valid</c> beside <c>dateOfBirth</c>). Any other <see langword="null"/> property is left out.
/// Build one with <c>with</c> from <see cref="Sample"/>.
/// </summary>
/// <remarks>
/// Keys, in order: <c>is_valid</c>, <c>is_expired</c>, <c>dateOfBirth</c>, <c>age</c>, <c>firstName</c>, <c>lastName</c>,
/// <c>dateOfIssue</c>, <c>dateOfExpiry</c>, <c>documentNumber</c>, <c>sex</c>, <c>nationality</c>, <c>portrait</c>,
/// <c>portrait_url</c>; then any <see cref="RawFields"/> of another name.
/// </remarks>
public sealed record StubPassportDocument
{
    private static readonly HashSet<string> KnownKeys =
    [
        "is_valid", "is_expired", "dateOfBirth", "age", "firstName", "lastName", "dateOfIssue", "dateOfExpiry",
        "documentNumber", "sex", "nationality", "portrait", "portrait_url",
    ];

    private readonly IReadOnlyDictionary<string, string>? _rawFields;

    /// <summary>Gets the documentation's sample document: VALERIA PERFILOVA, passport XX008080, no date of issue.</summary>
    public static StubPassportDocument Sample { get; } = new()
    {
        IsValid = true,
        IsExpired = false,
        DateOfBirth = new DateOnly(1991, 9, 24),
        Age = 30,
        FirstName = "VALERIA",
        LastName = "PERFILOVA",
        DateOfIssue = null,
        DateOfExpiry = new DateOnly(2023, 9, 25),
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

    /// <summary>Gets the <c>dateOfBirth</c>; <see langword="null"/> is sent as <c>"None-None-None"</c>.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets the <c>age</c> in years (a JSON number).</summary>
    public int? Age { get; init; }

    /// <summary>Gets the <c>firstName</c>.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the <c>lastName</c>.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the <c>dateOfIssue</c>; <see langword="null"/> is sent as <c>"None-None-None"</c>, as in the sample.</summary>
    public DateOnly? DateOfIssue { get; init; }

    /// <summary>Gets the <c>dateOfExpiry</c>; <see langword="null"/> is sent as <c>"None-None-None"</c>.</summary>
    public DateOnly? DateOfExpiry { get; init; }

    /// <summary>Gets the <c>documentNumber</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Gets the <c>sex</c> as the API writes it, e.g. <c>F</c>.</summary>
    public string? Sex { get; init; }

    /// <summary>Gets the <c>nationality</c>, an English word such as <c>UKRAINIAN</c>.</summary>
    public string? Nationality { get; init; }

    /// <summary>Gets the server-relative <c>portrait</c> path.</summary>
    public string? Portrait { get; init; }

    /// <summary>Gets the absolute <c>portrait_url</c>.</summary>
    public string? PortraitUrl { get; init; }

    /// <summary>
    /// Gets JSON members written verbatim, by wire name: a known name replaces that member in place (e.g.
    /// <c>["age"] = "\"30\""</c> sends the age as a string, <c>["dateOfIssue"] = "\"2014-None-None\""</c> a partial
    /// date), any other name is appended (e.g. a field the API may add one day).
    /// </summary>
    /// <exception cref="ArgumentException">A value is not one valid JSON value.</exception>
    public IReadOnlyDictionary<string, string>? RawFields
    {
        get => _rawFields;
        init => _rawFields = StubJson.ValidatedMembers(value);
    }

    /// <summary>Returns a copy with one more verbatim JSON member (see <see cref="RawFields"/>).</summary>
    /// <param name="name">The wire name, e.g. <c>age</c>.</param>
    /// <param name="json">One JSON value, e.g. <c>"\"30\""</c>.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not one valid JSON value.</exception>
    public StubPassportDocument WithRawField(string name, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(json);
        var fields = new Dictionary<string, string>(_rawFields ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [name] = json };
        return this with { RawFields = fields };
    }

    /// <summary>Names the type only: a document's holder data never appears in a log or a test's output.</summary>
    /// <returns><c>StubPassportDocument</c>.</returns>
    public override string ToString() => nameof(StubPassportDocument);

    /// <summary>Formats a date the way the API does: <c>1991-9-24</c>, or <c>None-None-None</c> for none.</summary>
    internal static string FormatDate(DateOnly? date) =>
        date is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.Year}-{value.Month}-{value.Day}") : "None-None-None";

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        Member(writer, "is_valid", IsValid);
        Member(writer, "is_expired", IsExpired);
        Member(writer, "dateOfBirth", FormatDate(DateOfBirth));
        Member(writer, "age", Age);
        Member(writer, "firstName", FirstName);
        Member(writer, "lastName", LastName);
        Member(writer, "dateOfIssue", FormatDate(DateOfIssue));
        Member(writer, "dateOfExpiry", FormatDate(DateOfExpiry));
        Member(writer, "documentNumber", DocumentNumber);
        Member(writer, "sex", Sex);
        Member(writer, "nationality", Nationality);
        Member(writer, "portrait", Portrait);
        Member(writer, "portrait_url", PortraitUrl);
        foreach (var name in _rawFields?.Keys ?? [])
        {
            if (!KnownKeys.Contains(name))
            {
                Raw(writer, name);
            }
        }

        writer.WriteEndObject();
    }

    private bool Raw(Utf8JsonWriter writer, string name)
    {
        if (_rawFields is null || !_rawFields.TryGetValue(name, out var json))
        {
            return false;
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(json);
        return true;
    }

    private void Member(Utf8JsonWriter writer, string name, bool? value)
    {
        if (!Raw(writer, name) && value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private void Member(Utf8JsonWriter writer, string name, int? value)
    {
        if (!Raw(writer, name) && value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private void Member(Utf8JsonWriter writer, string name, string? value)
    {
        if (!Raw(writer, name) && value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
