namespace Progeny.Sdk.Internal;

/// <summary>
/// The innermost handler of the API's pipeline: it lets each paid upload reach the transport at most once (plus the one
/// resend after a 401), whatever retrying handlers an application put around the client (an app-wide
/// <c>AddStandardResilienceHandler</c>, a Polly handler on the returned builder). A refused resend fails with
/// <see cref="UploadResendRefusedException"/>, which no retry strategy treats as transient.
/// </summary>
internal sealed class UploadGuardHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(ProgenyHttp.Upload, out var guard))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!guard.TryBeginSend())
        {
            throw new UploadResendRefusedException();
        }

        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ProgenyErrors.IsConnectFailure(exception))
        {
            guard.NotSent();
            throw;
        }
    }
}
