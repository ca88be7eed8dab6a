using Progeny.Sdk.Internal.Json;

namespace Progeny.Sdk.Internal;

/// <summary>Maps a wire document to a passport or card document: the fields they share are read in one place.</summary>
internal static class DocumentMapper
{
    public static PassportDocument Passport(DocumentDto document) => Read<PassportDocument>(document);

    public static CardDocument Card(DocumentDto document) =>
        Read<CardDocument>(document) with { OtherFields = JsonMembers.Readable(document.Other) };

    private static TDocument Read<TDocument>(DocumentDto document)
        where TDocument : IdentityDocument, new()
    {
        var nationality = WireValues.Text(document.Nationality);
        return new TDocument
        {
            IsValid = document.IsValid,
            IsExpired = document.IsExpired,
            FirstName = WireValues.Text(document.FirstName),
            LastName = WireValues.Text(document.LastName),
            DocumentNumber = WireValues.Text(document.DocumentNumber),
            Nationality = nationality,
            NationalityCode = NationalityCodes.Find(nationality),
            Sex = WireValues.ParseSex(document.Sex),
            DateOfBirth = WireValues.ParseDate(document.DateOfBirth),
            DateOfIssue = WireValues.ParseDate(document.DateOfIssue),
            DateOfExpiry = WireValues.ParseDate(document.DateOfExpiry),
            Age = document.Age,
            Portrait = WireValues.Text(document.Portrait),
            PortraitUrl = WireValues.Url(document.PortraitUrl),
        };
    }
}
