using Progeny.Sdk.Testing;

namespace Progeny.Cli;

/// <summary>
/// The fictional holder of the specimen passport and identity card in <c>samples/images</c>, whose document the
/// built-in fake server returns for every document image, so that what the CLI prints matches the pictures.
/// </summary>
internal static class SpecimenHolder
{
    private static readonly DateOnly DateOfBirth = new(1990, 4, 12);
    private static readonly DateOnly DateOfIssue = new(2021, 6, 1);
    private static readonly DateOnly DateOfExpiry = new(2031, 5, 31);

    /// <summary>Gets the specimen's document as the API writes it, its age and expiry computed for <paramref name="today"/>.</summary>
    /// <param name="today">The date the document is read on.</param>
    /// <returns>The document the fake server returns.</returns>
    public static FakePassportDocument Document(DateOnly today)
    {
        var age = today.Year - DateOfBirth.Year - (today < DateOfBirth.AddYears(today.Year - DateOfBirth.Year) ? 1 : 0);
        return new FakePassportDocument
        {
            IsValid = true,
            IsExpired = today > DateOfExpiry,
            DateOfBirth = FakePassportDocument.FormatDate(DateOfBirth),
            Age = age,
            FirstName = "ANNA MARIA",
            LastName = "SPECIMEN",
            DateOfIssue = FakePassportDocument.FormatDate(DateOfIssue),
            DateOfExpiry = FakePassportDocument.FormatDate(DateOfExpiry),
            DocumentNumber = "X1234567",
            Sex = "F",
            Nationality = "UTOPIAN",
        };
    }
}
