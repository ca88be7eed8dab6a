namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>Counts the client's HTTP requests in flight at the transport, so a clock driver knows when the client is idle.</summary>
internal sealed class InFlightCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(InFlightCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._count);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref counter._count);
            }
        }
    }
}
