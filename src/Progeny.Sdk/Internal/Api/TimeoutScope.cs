namespace Progeny.Sdk.Internal;

/// <summary>
/// A token that is canceled when a timeout on the client's <see cref="TimeProvider"/> expires or when the caller's token is
/// canceled: one timer source and, only when the caller's token can be canceled at all, one registration on it. It does the
/// job of a timeout source plus a linked source with fewer allocations, on every request.
/// </summary>
internal sealed class TimeoutScope : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenRegistration _link;

    public TimeoutScope(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _source = new CancellationTokenSource(timeout, timeProvider);
        _link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _source);
    }

    /// <summary>Gets the token to pass on: canceled by the timeout or by the caller.</summary>
    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _link.Dispose();
        _source.Dispose();
    }
}
