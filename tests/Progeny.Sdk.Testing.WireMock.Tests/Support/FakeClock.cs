using Microsoft.Extensions.Time.Testing;

namespace Progeny.Sdk.Testing.WireMock.Tests.Support;

/// <summary>Runs a client call on a <see cref="FakeTimeProvider"/> as the package README shows: fake time moves 20 ms per real millisecond.</summary>
internal static class FakeClock
{
    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> call)
    {
        while (!call.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            await Task.Delay(1);
        }

        return await call;
    }
}
