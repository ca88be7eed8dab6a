using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// One line of <c>--json</c> output: the file and task, then the <see cref="PassportDocument"/> properties under
/// their camelCase names, dates as <c>yyyy-MM-dd</c>, sex as printed on passports (<c>F</c>, <c>M</c>, <c>X</c>).
/// </summary>
internal sealed record PassportJson
{
    /// <summary>Gets the image file, as given on the command line; <see langword="null"/> for <c>progeny wait</c>.</summary>
    public string? File { get; init; }

    /// <summary>Gets the Progeny task id.</summary>
    public required string TaskId { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.IsValid"/>.</summary>
    public bool? IsValid { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.IsExpired"/>.</summary>
    public bool? IsExpired { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.FirstName"/>.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.LastName"/>.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.DocumentNumber"/>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.Nationality"/>.</summary>
    public string? Nationality { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.Sex"/>: <c>Female</c>, <c>Male</c>, <c>Unspecified</c>, or <see langword="null"/> when unknown.</summary>
    public string? Sex { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.DateOfBirth"/>.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.DateOfIssue"/>.</summary>
    public DateOnly? DateOfIssue { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.DateOfExpiry"/>.</summary>
    public DateOnly? DateOfExpiry { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.Age"/>.</summary>
    public int? Age { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.Portrait"/>.</summary>
    public string? Portrait { get; init; }

    /// <summary>Gets <see cref="IdentityDocument.PortraitUrl"/>.</summary>
    public Uri? PortraitUrl { get; init; }

    /// <summary>Gets the provider's own data (<c>--extend-data</c>), or <see langword="null"/> when there is none.</summary>
    public IReadOnlyDictionary<string, JsonElement>? ProviderData { get; init; }

    /// <summary>Gets the JSON form of a document read.</summary>
    /// <param name="outcome">A document read: its <see cref="DocumentOutcome.Result"/> is set.</param>
    /// <returns>Its JSON form.</returns>
    public static PassportJson From(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Result ?? throw new ArgumentException("The document was not read.", nameof(outcome));
        var document = result.Document;
        return new PassportJson
        {
            File = outcome.Request.FilePath,
            TaskId = outcome.TaskId ?? result.TaskId,
            IsValid = document.IsValid,
            IsExpired = document.IsExpired,
            FirstName = document.FirstName,
            LastName = document.LastName,
            DocumentNumber = document.DocumentNumber,
            Nationality = document.Nationality,
            Sex = SexName(document.Sex),
            DateOfBirth = document.DateOfBirth,
            DateOfIssue = document.DateOfIssue,
            DateOfExpiry = document.DateOfExpiry,
            Age = document.Age,
            Portrait = document.Portrait,
            PortraitUrl = document.PortraitUrl,
            ProviderData = result.ProviderData.Count > 0 ? result.ProviderData : null,
        };
    }

    /// <summary>Gets the name of a sex as the SDK's <see cref="Progeny.Sdk.Sex"/> spells it, as the ASP.NET Core sample writes it too.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns><c>Female</c>, <c>Male</c>, <c>Unspecified</c>, or <see langword="null"/> when unknown.</returns>
    public static string? SexName(Sex sex) => sex is Progeny.Sdk.Sex.Unknown ? null : sex.ToString();
}
