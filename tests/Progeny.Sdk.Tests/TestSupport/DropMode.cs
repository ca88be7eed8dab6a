namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>How a <see cref="DroppingServer"/> ends the connection of an upload it has read whole.</summary>
public enum DropMode
{
    /// <summary>Reset (RST) before any byte of an answer.</summary>
    ResetBeforeAnswer,

    /// <summary>Send the status line, headers and part of the body, then reset.</summary>
    ResetMidAnswer,

    /// <summary>Stop listening once the login is answered: the upload's connection is refused, nothing is sent.</summary>
    RefuseUploadConnection,

    /// <summary>Reset (RST) every status request's connection after reading it.</summary>
    ResetStatusRequests,
}
