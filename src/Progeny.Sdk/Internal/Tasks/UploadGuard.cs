namespace Progeny.Sdk.Internal;

/// <summary>
/// One paid upload's send count, carried by its request (and by any copy of it a handler makes): the transport sends it
/// once. A send that failed to connect sent nothing, and one answered 401 was not processed: either gives its send back,
/// so the authentication handler may resend after renewing the token. Thread-safe: a hedging handler's parallel copies
/// race for the one send.
/// </summary>
internal sealed class UploadGuard
{
    private int _sends;

    /// <summary>Gets a value indicating whether a send was started and not given back, so the upload may have reached the server.</summary>
    public bool MayHaveBeenSent => Volatile.Read(ref _sends) > 0;

    /// <summary>Claims the send; <see langword="false"/> when the upload may already have reached the server.</summary>
    public bool TryBeginSend() => Interlocked.CompareExchange(ref _sends, 1, 0) == 0;

    /// <summary>The send could not connect, or Progeny answered 401 without processing it: the send it claimed is given back.</summary>
    public void NotSent() => Interlocked.Decrement(ref _sends);
}
