namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>A timer the client armed on the fake clock: when, and for how long.</summary>
internal sealed record ArmedTimer(DateTimeOffset ArmedAt, TimeSpan DueTime)
{
    public DateTimeOffset DueAt => ArmedAt + DueTime;
}
