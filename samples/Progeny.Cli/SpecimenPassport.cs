using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// The fictional holder of <c>samples/images/specimen-passport.jpg</c>, which the built-in fake server returns
/// for every image, so that what the CLI prints matches the picture.
/// </summary>
internal static class SpecimenPassport
{
    /// <summary>Gets the specimen's document, its age and expiry computed for <paramref name="today"/>.</summary>
    /// <param name="today">The date the document is read on.</param>
    /// <returns>The document the fake server returns.</returns>
    public static PassportDocument Document(DateOnly today)
    {
        var dateOfBirth = new DateOnly(1990, 4, 12);
        var dateOfExpiry = new DateOnly(2031, 5, 31);
        var age = today.Year - dateOfBirth.Year - (today < dateOfBirth.AddYears(today.Year - dateOfBirth.Year) ? 1 : 0);
        return new PassportDocument
        {
            IsValid = true,
            IsExpired = today > dateOfExpiry,
            LastName = "SPECIMEN",
            FirstName = "ANNA MARIA",
            Nationality = "UTOPIAN",
            DocumentNumber = "X1234567",
            Sex = Sex.Female,
            DateOfBirth = dateOfBirth,
            DateOfIssue = new DateOnly(2021, 6, 1),
            DateOfExpiry = dateOfExpiry,
            Age = age,
        };
    }
}
