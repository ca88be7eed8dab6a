using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

/// <summary>
/// A <see cref="ProgenyFakeServer"/> for the service commands: tasks end at their first status read, document services
/// return the specimen holder (with the address on the card's back), and the other services their documented samples.
/// </summary>
public sealed class FakeApi : IAsyncDisposable
{
    /// <summary>The address on the back of the specimen card, a field the passport does not have.</summary>
    public const string SpecimenAddress = "1 IMAGINARY LANE, NOWHERE CITY 00000";

    private FakeApi(ProgenyFakeServer fake) => Fake = fake;

    /// <summary>Gets the fake server: what it received, its tasks.</summary>
    public ProgenyFakeServer Fake { get; }

    /// <summary>Gets the uploads the fake received, in order.</summary>
    public IReadOnlyList<RecordedUpload> Uploads => Fake.Recording.Uploads;

    /// <summary>Gets the options that point <c>progeny</c> at the fake.</summary>
    public string[] ConnectArguments => FakeServerArguments.ConnectTo(Fake);

    public static async Task<FakeApi> StartAsync() => new(await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions
    {
        TaskProgress = [],
        Document = SpecimenHolder.Document(DateOnly.FromDateTime(DateTime.Today)).WithRawField("address", $"\"{SpecimenAddress}\""),
    }));

    /// <summary>Scripts the task of the next upload to <paramref name="service"/>.</summary>
    public void Answer(FakeService service, FakeTaskOutcome outcome) => Fake.EnqueueTaskOutcome(service, outcome);

    /// <summary>Scripts the result (<c>{"status": …, "data": …}</c>) of the next task of <paramref name="service"/>.</summary>
    public void Answer(FakeService service, string rawResult) => Answer(service, new FakeTaskOutcome { RawResult = rawResult });

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
