namespace Progeny.Sdk.Internal;

/// <summary>
/// One paid upload's send count, carried by its request (and by any copy of it a handler makes): the transport sends it
/// once, plus the one resend after a 401 that the authentication handler asks for. A send that failed to connect sent
/// nothing and may be retried. Thread-safe: a hedging handler's parallel copies race for the one send.
/// </summary>
internal sealed class UploadGuard
{
    private int _sends;
    private int _allowedSends = 1;

    /// <summary>Gets a value indicating whether a send was started, so the upload may have reached the server.</summary>
    public bool MayHaveBeenSent => Volatile.Read(ref _sends) > 0;

    /// <summary>Claims the next send; <see langword="false"/> when the upload may already have reached the server.</summary>
    public bool TryBeginSend()
    {
        while (true)
        {
            var sends = Volatile.Read(ref _sends);
            if (sends >= Volatile.Read(ref _allowedSends))
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _sends, sends + 1, sends) == sends)
            {
                return true;
            }
        }
    }

    /// <summary>The send could not connect: nothing was sent, so the send it claimed is given back.</summary>
    public void NotSent() => Interlocked.Decrement(ref _sends);

    /// <summary>Progeny answered 401 without processing the upload: allow the one resend with a renewed token.</summary>
    public void AllowResendAfterUnauthorized() => Interlocked.CompareExchange(ref _allowedSends, 2, 1);
}
