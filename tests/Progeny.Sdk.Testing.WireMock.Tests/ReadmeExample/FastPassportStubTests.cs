using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk;
using Progeny.Sdk.Testing.WireMock;
using WireMock.Server;

public class FastPassportStubTests
{
    [Fact]
    public async Task OcrPassportAsync_OnFakeTime_WaitsThroughThePendingStatusesAtOnce()
    {
        using var server = WireMockServer.Start();
        var progeny = server.GivenProgeny().WithOcrPassport(StubTask.OcrPassport() with { Progress = ["PENDING", "STARTED"] });
        var options = progeny.ClientOptions();
        options.RequestTimeout = options.UploadTimeout = TimeSpan.FromHours(1); // fake time must not expire real I/O
        var time = new FakeTimeProvider();
        using var client = new ProgenyClient(options, time);

        var reading = client.OcrPassportAsync(ProgenyImage.FromFile("passport.jpg"));
        while (!reading.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        Assert.Equal("XX008080", (await reading).Document.DocumentNumber);
    }
}
