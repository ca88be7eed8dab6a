namespace Progeny.Sdk.Testing.Internal;

/// <summary>What a <see cref="FakeFault"/> does after its latency.</summary>
internal enum FakeFaultKind
{
    None,
    Status,
    DropBefore,
    DropAfter,
    Truncate,
    Malformed,

    /// <summary>Processes the request, then answers the fault's status and body instead of the real answer.</summary>
    ReplaceAfter,
}
