namespace Progeny.Sdk.Internal;

/// <summary>Ends a wait when its caller cancels, while the work goes on unwinding behind it.</summary>
internal static class AbandonedWork
{
    /// <summary>
    /// Waits for <paramref name="work"/> until <paramref name="cancellationToken"/> cancels. The failure of work left
    /// behind that way is observed, so that it never surfaces as <see cref="TaskScheduler.UnobservedTaskException"/>.
    /// </summary>
    public static Task<T> WaitObservedAsync<T>(this Task<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled && !work.IsCompleted)
        {
            _ = work.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return work.WaitAsync(cancellationToken);
    }

    /// <summary>As <see cref="WaitObservedAsync{T}(Task{T}, CancellationToken)"/>; work that has ended, or a token that cannot cancel, needs no task.</summary>
    public static ValueTask<T> WaitObservedAsync<T>(this ValueTask<T> work, CancellationToken cancellationToken) =>
        work.IsCompleted || !cancellationToken.CanBeCanceled ? work : new(work.AsTask().WaitObservedAsync(cancellationToken));
}
