namespace Progeny.Cli;

/// <summary>Every service <c>progeny</c> has a command for, in the order <c>--help</c> lists them.</summary>
internal static class ServiceCatalog
{
    /// <summary>The service <c>progeny wait</c> resumes when <c>--service</c> is not given.</summary>
    public const string DefaultWaitService = "ocr_passport";

    /// <summary>Creates the descriptions for one command line (each holds its command's arguments).</summary>
    /// <returns>One description per service.</returns>
    public static IReadOnlyList<IServiceDescription> Create() =>
    [
        new PassportDescription(),
        new CardDescription(),
        new KycPassportDescription(),
        new KycCardDescription(),
        new LivenessDescription(),
        new RegisterFaceDescription(),
        new AuthenticateFaceDescription(),
        new BackgroundCheckDescription(),
    ];
}
