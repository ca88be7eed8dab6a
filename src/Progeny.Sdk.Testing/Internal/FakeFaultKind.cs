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
}
