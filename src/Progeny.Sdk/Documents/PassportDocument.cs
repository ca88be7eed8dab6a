namespace Progeny.Sdk;

/// <summary>The data read from a passport page (ocr_passport, kyc_passport). Every field is optional.</summary>
/// <remarks><see cref="object.ToString"/> never prints the holder's data, only which fields are present.</remarks>
public sealed record PassportDocument : IdentityDocument;
