namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// The clock a fake server shares with the clients it creates: an inner clock plus the time skipped so far. When no
/// request is in flight and a pending timer is a delay (a client waiting between polls, not a timeout racing a request),
/// the clock jumps to the earliest pending timer instead of waiting for it, and every timer due by then fires in order.
/// Time still flows with the inner clock, so timeouts fire as they would; the protocol is unchanged, only idle waits are
/// skipped. Thread-safe.
/// </summary>
internal sealed class SharedClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly bool _skipWaits;
    private readonly object _gate = new();
    private readonly List<SharedTimer> _pending = [];
    private long _skippedTicks;
    private int _busy;
    private int _skipQueued;

    public SharedClock(TimeProvider inner, bool skipWaits)
    {
        _inner = inner;
        _skipWaits = skipWaits;
    }

    /// <summary>The time skipped so far.</summary>
    public TimeSpan Skipped => TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Skipped;

    public override long GetTimestamp() =>
        _inner.GetTimestamp() + (long)(Skipped.Ticks * ((double)_inner.TimestampFrequency / TimeSpan.TicksPerSecond));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SharedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Marks a request in flight until disposed: no time is skipped meanwhile.</summary>
    public BusyScope Busy()
    {
        Interlocked.Increment(ref _busy);
        return new BusyScope(this);
    }

    private void Idle()
    {
        if (Interlocked.Decrement(ref _busy) == 0)
        {
            QueueSkip();
        }
    }

    /// <summary>Looks for a wait to skip on the thread pool, so that the code that started the wait runs on first.</summary>
    private void QueueSkip()
    {
        if (_skipWaits && Interlocked.Exchange(ref _skipQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static clock => clock.Skip(), this, preferLocal: false);
        }
    }

    private void Skip()
    {
        Volatile.Write(ref _skipQueued, 0);
        List<SharedTimer> due;
        lock (_gate)
        {
            if (Volatile.Read(ref _busy) > 0 || !_pending.Exists(timer => timer.IsDelay))
            {
                return;
            }

            var next = _pending.Min(timer => timer.Due);
            var step = next - GetUtcNow();
            if (step > TimeSpan.Zero)
            {
                Interlocked.Add(ref _skippedTicks, step.Ticks);
            }

            due = TakeDue();
        }

        Fire(due);

        // Another wait may still be pending, e.g. a delay that outlasts the timeout that fired first.
        bool morePending;
        lock (_gate)
        {
            morePending = _pending.Exists(timer => timer.IsDelay);
        }

        if (morePending)
        {
            QueueSkip();
        }
    }

    /// <summary>Removes the timers due now from the pending ones, earliest first; reschedules the others on the inner clock.</summary>
    private List<SharedTimer> TakeDue()
    {
        var now = GetUtcNow();
        var due = _pending.Where(timer => timer.Due <= now).OrderBy(timer => timer.Due).ToList();
        foreach (var timer in due)
        {
            _pending.Remove(timer);
        }

        foreach (var timer in _pending)
        {
            timer.Reschedule(timer.Due - now);
        }

        return due;
    }

    private static void Fire(List<SharedTimer> due)
    {
        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>Ends a request's busy time.</summary>
    public readonly struct BusyScope(SharedClock clock) : IDisposable
    {
        public void Dispose() => clock.Idle();
    }

    private sealed class SharedTimer : ITimer
    {
        private readonly SharedClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _inner;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public SharedTimer(SharedClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _inner = clock._inner.CreateTimer(static self => ((SharedTimer)self!).OnInnerDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        /// <summary>Whether the timer is <c>Task.Delay</c>'s (its state is the delay's task), rather than a timeout's or another's.</summary>
        public bool IsDelay => _state is Task;

        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var isDelay = false;
            lock (_clock._gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _clock._pending.Remove(this);
                _period = period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Due = _clock.GetUtcNow() + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
                    _clock._pending.Add(this);
                    Reschedule(dueTime);
                    isDelay = IsDelay;
                }
                else
                {
                    _inner.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                }
            }

            if (isDelay)
            {
                _clock.QueueSkip();
            }

            return true;
        }

        public void Reschedule(TimeSpan remaining) =>
            _inner.Change(remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining, Timeout.InfiniteTimeSpan);

        /// <summary>Runs the callback, then schedules the next period, if any.</summary>
        public void Fire()
        {
            _callback(_state);
            lock (_clock._gate)
            {
                if (!_disposed && _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan && !_clock._pending.Contains(this))
                {
                    Due += _period;
                    _clock._pending.Add(this);
                    Reschedule(Due - _clock.GetUtcNow());
                }
            }
        }

        public void Dispose()
        {
            lock (_clock._gate)
            {
                _disposed = true;
                _clock._pending.Remove(this);
            }

            _inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        /// <summary>The inner clock reached the due time: fire, unless a skip fired it already or moved it.</summary>
        private void OnInnerDue()
        {
            lock (_clock._gate)
            {
                if (!_clock._pending.Contains(this))
                {
                    return;
                }

                var remaining = Due - _clock.GetUtcNow();
                if (remaining > TimeSpan.Zero)
                {
                    Reschedule(remaining);
                    return;
                }

                _clock._pending.Remove(this);
            }

            Fire();
        }
    }
}
