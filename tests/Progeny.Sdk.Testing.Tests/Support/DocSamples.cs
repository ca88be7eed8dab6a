namespace Progeny.Sdk.Testing.Tests.Support;

/// <summary>The documentation's token/obtain samples (shared/progeny-api.md) that only these tests use; the others are in <see cref="DocumentationSamples"/>.</summary>
internal static class DocSamples
{
    /// <summary>§2.1 400.</summary>
    public const string ObtainPasswordRequired = """
        {
            "password": [
                "This field is required."
            ]
        }
        """;

    /// <summary>§2.1/§2.2: the sample tokens' expiry claims.</summary>
    public const long ObtainAccessExp = 1648663947;
    public const long ObtainRefreshExp = 1649873247;
    public const long RefreshAccessExp = 1648664543;
    public const long RefreshRefreshExp = 1649873843;
}
