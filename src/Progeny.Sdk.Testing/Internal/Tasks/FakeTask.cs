namespace Progeny.Sdk.Testing.Internal;

/// <summary>One task of the fake server. Mutable state is guarded by <see cref="FakeBackend"/>'s lock.</summary>
internal sealed class FakeTask(string id, FakeServiceDefinition service, long recordId, DateTimeOffset createdAt, FakeTaskOutcome outcome, FakePassportDocument document)
{
    public string Id { get; } = id;

    public FakeServiceDefinition Service { get; } = service;

    public long RecordId { get; } = recordId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public FakeTaskOutcome Outcome { get; set; } = outcome;

    public FakePassportDocument Document { get; set; } = document;

    public int Reads { get; set; }
}
