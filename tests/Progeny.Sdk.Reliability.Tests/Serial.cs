namespace Progeny.Sdk.Reliability.Tests;

/// <summary>Tests that measure the process (allocated bytes, wall time under load) run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(Serial), DisableParallelization = true)]
public sealed class Serial;
