using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// The Progeny API in process, without sockets: it does with each request what <c>SocketsHttpHandler</c> does before the
/// network (asks the body's length, which a multipart body computes from its parts, then reads the body to the end, so
/// that multipart serialization is paid for) and answers canned JSON. Which tasks are finished is up to a <see cref="ITaskBook"/>.
/// </summary>
internal sealed class FakeApiHandler(ITaskBook tasks) : HttpMessageHandler
{
    private long _logins;
    private long _uploads;
    private long _statusRequests;
    private long _requestBytes;

    public long Logins => Interlocked.Read(ref _logins);

    public long Uploads => Interlocked.Read(ref _uploads);

    public long StatusRequests => Interlocked.Read(ref _statusRequests);

    /// <summary>Bytes of request bodies read (multipart framing included).</summary>
    public long RequestBytes => Interlocked.Read(ref _requestBytes);

    public void ResetCounters()
    {
        Interlocked.Exchange(ref _logins, 0);
        Interlocked.Exchange(ref _uploads, 0);
        Interlocked.Exchange(ref _statusRequests, 0);
        Interlocked.Exchange(ref _requestBytes, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            // A transport sends Content-Length when the body knows it, and chunks it otherwise: it asks.
            _ = content.Headers.ContentLength;
            var sink = new CountingSink();
            await content.CopyToAsync(sink, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _requestBytes, sink.Count);
        }

        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post && path.EndsWith("/accounts/token/obtain/", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _logins);
            return Json(CannedBodies.TokenPair);
        }

        if (request.Headers.Authorization?.Parameter != CannedBodies.AccessToken)
        {
            return new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = Body("""{"detail":"Given token not valid for any token type"}"""u8.ToArray()) };
        }

        if (request.Method == HttpMethod.Post && Service(path) is { } service)
        {
            Interlocked.Increment(ref _uploads);
            return Json(tasks.Create(service));
        }

        if (request.Method == HttpMethod.Get && path.EndsWith("/services/task/", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _statusRequests);
            return Json(tasks.Status(request.RequestUri.Query));
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    /// <summary>The service a path <c>.../services/&lt;name&gt;/</c> names, or <see langword="null"/>.</summary>
    private static ServiceSample? Service(string path)
    {
        const string Services = "/services/";
        var start = path.LastIndexOf(Services, StringComparison.Ordinal);
        if (start < 0 || !path.EndsWith('/'))
        {
            return null;
        }

        var name = path.AsSpan(start + Services.Length, path.Length - start - Services.Length - 1);
        return ServiceSamples.ByName.TryGetValue(name, out var service) ? service : null;
    }

    private static HttpResponseMessage Json(byte[] body) => new(HttpStatusCode.OK) { Content = Body(body) };

    private static ByteArrayContent Body(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A write-only stream that counts and drops what it is given.</summary>
    private sealed class CountingSink : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Count;

        public override long Position
        {
            get => Count;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Count += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Count += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

/// <summary>Creates tasks and tells their status.</summary>
internal interface ITaskBook
{
    /// <summary>Creates a task of <paramref name="service"/> and returns the POST's body.</summary>
    byte[] Create(ServiceSample service);

    /// <summary>Returns the GET's body for the query string <c>?id=...</c>.</summary>
    byte[] Status(string query);
}

/// <summary>
/// Every task is already finished when it is created, with one fixed id per service: the client overhead case. An id it
/// never gave out is <c>PENDING</c>, as Celery answers.
/// </summary>
internal sealed class FinishedTasks : ITaskBook
{
    public byte[] Create(ServiceSample service) => service.Created;

    public byte[] Status(string query) =>
        query.StartsWith("?id=", StringComparison.Ordinal) && ServiceSamples.ByTaskId.TryGetValue(query.AsSpan(4), out var service)
            ? service.Finished
            : CannedBodies.Pending;
}

/// <summary>
/// Tasks that finish a set time after their upload, on a (fake) clock; it records when each finish was first seen and
/// how many status requests each task took.
/// </summary>
internal sealed class ScheduledTasks(TimeProvider clock) : ITaskBook
{
    private readonly ConcurrentQueue<TimeSpan> _durations = new();
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public IEnumerable<Entry> Entries => _entries.Values;

    public void Enqueue(IEnumerable<TimeSpan> durations)
    {
        foreach (var duration in durations)
        {
            _durations.Enqueue(duration);
        }
    }

    public void Clear()
    {
        _durations.Clear();
        _entries.Clear();
    }

    public byte[] Create(ServiceSample service)
    {
        var duration = _durations.TryDequeue(out var next) ? next : TimeSpan.Zero;
        var id = Guid.NewGuid().ToString();
        _entries[id] = new Entry(clock.GetUtcNow() + duration, duration, service.Finished);
        return CannedBodies.CreatedFor(id);
    }

    public byte[] Status(string query)
    {
        var id = query.StartsWith("?id=", StringComparison.Ordinal) ? Uri.UnescapeDataString(query[4..]) : string.Empty;
        if (!_entries.TryGetValue(id, out var entry))
        {
            return CannedBodies.Pending;
        }

        var now = clock.GetUtcNow();
        lock (entry)
        {
            entry.Polls++;
            if (now < entry.FinishesAt)
            {
                return CannedBodies.Pending;
            }

            entry.SeenAt ??= now;
            return entry.Finished;
        }
    }

    internal sealed class Entry(DateTimeOffset finishesAt, TimeSpan duration, byte[] finished)
    {
        public DateTimeOffset FinishesAt { get; } = finishesAt;

        public TimeSpan Duration { get; } = duration;

        /// <summary>Gets the body of the finished task.</summary>
        public byte[] Finished { get; } = finished;

        public int Polls { get; set; }

        public DateTimeOffset? SeenAt { get; set; }

        public TimeSpan? Lag => SeenAt - FinishesAt;
    }
}
