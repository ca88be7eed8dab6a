using Microsoft.Extensions.Time.Testing;

namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>Runs client calls on a <see cref="FakeTimeProvider"/> as the package README shows.</summary>
internal static class FakeClock
{
    /// <summary>Options for a client on fake time: the stubs', with I/O timeouts that fake time cannot expire while a request is on the wire.</summary>
    public static ProgenyClientOptions FakeTimeOptions(this ProgenyStubs progeny)
    {
        var options = progeny.ClientOptions();
        options.RequestTimeout = options.UploadTimeout = TimeSpan.FromHours(1);
        return options;
    }

    /// <summary>Advances fake time 100 ms per real millisecond until <paramref name="call"/> completes.</summary>
    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> call)
    {
        while (!call.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return await call;
    }
}
