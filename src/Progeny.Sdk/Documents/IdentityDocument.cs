using System.Text;

namespace Progeny.Sdk;

/// <summary>
/// The data read from an identity document: what a passport page and an ID card or driving licence have in common.
/// Every field is optional: the service leaves out what it cannot read.
/// </summary>
/// <remarks><see cref="ToString"/> never prints the holder's data, only which fields are present.</remarks>
public abstract record IdentityDocument
{
    /// <summary>Gets a value indicating whether the service judged the document valid.</summary>
    public bool? IsValid { get; init; }

    /// <summary>Gets a value indicating whether the document has expired.</summary>
    public bool? IsExpired { get; init; }

    /// <summary>Gets the holder's given names.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the holder's surname.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the document number.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Gets the nationality as the service writes it: an English word such as <c>UKRAINIAN</c>, not an ISO code.</summary>
    public string? Nationality { get; init; }

    /// <summary>
    /// Gets the ICAO 9303 code of <see cref="Nationality"/> (ISO 3166-1 alpha-3, e.g. <c>UKR</c>, or an ICAO-only code
    /// such as <c>D</c> for Germany or <c>RKS</c> for Kosovo), read from the service's word or country name; <see langword="null"/>
    /// when the word is unknown or ambiguous.
    /// </summary>
    public string? NationalityCode { get; init; }

    /// <summary>Gets the holder's sex.</summary>
    public Sex Sex { get; init; }

    /// <summary>Gets the date of birth, or <see langword="null"/> when the service could not read it.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets the date of issue, or <see langword="null"/> when the service could not read it.</summary>
    public DateOnly? DateOfIssue { get; init; }

    /// <summary>Gets the date of expiry, or <see langword="null"/> when the service could not read it.</summary>
    public DateOnly? DateOfExpiry { get; init; }

    /// <summary>Gets the holder's age in years, as the service computed it.</summary>
    public int? Age { get; init; }

    /// <summary>Gets the server-relative path of the cropped portrait, e.g. <c>images/services/ocr_passport/1.jpg</c>.</summary>
    public string? Portrait { get; init; }

    /// <summary>Gets the absolute address of the cropped portrait.</summary>
    public Uri? PortraitUrl { get; init; }

    /// <summary>Prints the verdicts and the names of the fields present, never their values.</summary>
    /// <param name="builder">The builder of <see cref="ToString"/>.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("IsValid = ").Append(IsValid?.ToString() ?? "null")
            .Append(", IsExpired = ").Append(IsExpired?.ToString() ?? "null")
            .Append(", fields present: ");
        var count = 0;
        void Field(string name, bool present)
        {
            if (present)
            {
                builder.Append(count++ == 0 ? string.Empty : " ").Append(name);
            }
        }

        Field(nameof(FirstName), FirstName is not null);
        Field(nameof(LastName), LastName is not null);
        Field(nameof(DocumentNumber), DocumentNumber is not null);
        Field(nameof(Nationality), Nationality is not null);
        Field(nameof(NationalityCode), NationalityCode is not null);
        Field(nameof(Sex), Sex != Sex.Unknown);
        Field(nameof(DateOfBirth), DateOfBirth is not null);
        Field(nameof(DateOfIssue), DateOfIssue is not null);
        Field(nameof(DateOfExpiry), DateOfExpiry is not null);
        Field(nameof(Age), Age is not null);
        Field(nameof(Portrait), Portrait is not null);
        Field(nameof(PortraitUrl), PortraitUrl is not null);
        if (count == 0)
        {
            builder.Append("none");
        }

        return true;
    }
}
