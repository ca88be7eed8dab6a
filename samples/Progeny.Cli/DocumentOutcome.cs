using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>How reading one document ended: its result, or why it failed.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="TaskId">The Progeny task id, once a task exists.</param>
/// <param name="Result">The document read, or <see langword="null"/> when it failed.</param>
/// <param name="Failure">Why it failed, or <see langword="null"/> when it was read.</param>
internal sealed record DocumentOutcome(DocumentRequest Request, string? TaskId, PassportOcrResult? Result, DocumentFailure? Failure);
