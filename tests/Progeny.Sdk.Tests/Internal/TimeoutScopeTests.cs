using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk.Tests.Internal;

public sealed class TimeoutScopeTests
{
    [Fact]
    public void Token_TimeoutElapsesOnTheClock_IsCanceled()
    {
        var clock = new FakeTimeProvider();
        using var scope = new TimeoutScope(TimeSpan.FromSeconds(30), clock, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(29));
        scope.Token.IsCancellationRequested.ShouldBeFalse();
        clock.Advance(TimeSpan.FromSeconds(1));
        scope.Token.IsCancellationRequested.ShouldBeTrue();
    }

    [Fact]
    public async Task Token_CallerCancels_IsCanceledWhileCallerTokenTellsWhy()
    {
        using var caller = new CancellationTokenSource();
        using var scope = new TimeoutScope(TimeSpan.FromSeconds(30), new FakeTimeProvider(), caller.Token);

        await caller.CancelAsync();

        scope.Token.IsCancellationRequested.ShouldBeTrue();
        caller.Token.IsCancellationRequested.ShouldBeTrue();
    }

    [Fact]
    public void Token_CallerAlreadyCanceled_IsCanceledAtOnce()
    {
        using var scope = new TimeoutScope(TimeSpan.FromSeconds(30), new FakeTimeProvider(), new CancellationToken(canceled: true));

        scope.Token.IsCancellationRequested.ShouldBeTrue();
    }

    [Fact]
    public async Task Dispose_CallerCancelsLater_DoesNotThrow()
    {
        using var caller = new CancellationTokenSource();
        var scope = new TimeoutScope(TimeSpan.FromSeconds(30), new FakeTimeProvider(), caller.Token);
        scope.Dispose();

        await caller.CancelAsync();

        caller.IsCancellationRequested.ShouldBeTrue();
    }
}
