using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>
/// A raw HTTP/1.1 server on <c>127.0.0.1:&lt;free port&gt;</c> that grants logins and then drops the connection of every
/// ocr_passport upload after reading it whole: the "sent, then reset" case WireMock cannot produce (its EMPTY_RESPONSE
/// fault still answers 200); or, as <see cref="DropMode"/> says, refuses the upload's connection or resets status requests.
/// Every connection serves one request (<c>Connection: close</c>).
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly DropMode _mode;
    private readonly Task _accepting;

    public DroppingServer(DropMode mode)
    {
        _mode = mode;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/v3/");

    /// <summary>Gets each request's method and path, in order of arrival.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public int Count(string path) => Requests.Count(r => r.EndsWith(" " + path, StringComparison.Ordinal));

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (requestLine, contentLength) = await ReadHeadAsync(stream);
                await ReadBodyAsync(stream, contentLength);
                var parts = requestLine.Split(' ');
                var path = parts[1].Split('?')[0];
                Requests.Enqueue($"{parts[0]} {path}");
                if (path == ProgenyWireMock.ObtainPath)
                {
                    if (_mode == DropMode.RefuseUploadConnection)
                    {
                        _listener.Stop(); // before the answer: the client cannot connect again once it has its token
                    }

                    await WriteAsync(stream, 200, ProgenySamples.TokenPair(Jwt.LongLived(), Jwt.LongLived("refresh")));
                    return;
                }

                if (path == ProgenyWireMock.OcrPassportPath && _mode == DropMode.ResetMidAnswer)
                {
                    var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n{\"id\": \"efe46711-b1d8");
                    await stream.WriteAsync(head);
                    await stream.FlushAsync();
                }

                var drop = path == ProgenyWireMock.OcrPassportPath || (path == ProgenyWireMock.TaskPath && _mode == DropMode.ResetStatusRequests);
                if (!drop)
                {
                    await WriteAsync(stream, 404, """{"detail": "Not found."}""");
                    return;
                }

                client.Client.LingerState = new LingerOption(true, 0); // close with RST
            }
            catch (Exception exception) when (exception is IOException or SocketException)
            {
            }
        }
    }

    private static async Task<(string RequestLine, int ContentLength)> ReadHeadAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException("The client closed the connection.");
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n");
        var length = lines.FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } header
            ? int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        return (lines[0], length);
    }

    private static async Task ReadBodyAsync(NetworkStream stream, int length)
    {
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Not Found")}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head);
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }
}
