namespace Progeny.Sdk.Journal.Tests;

/// <summary>Thrown by a test hook right after a durable step, where a real process would have died.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("Simulated crash.")
    {
    }
}
