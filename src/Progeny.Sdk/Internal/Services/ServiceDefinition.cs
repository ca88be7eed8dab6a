namespace Progeny.Sdk.Internal;

/// <summary>What the task engine's polling needs to know of a service: its name, and how its finished body may look.</summary>
internal abstract class ServiceDefinition
{
    /// <summary>Gets the service's API name: its path (<c>services/&lt;name&gt;/</c>) and its span, log and metric tag.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Reads a status answer's <c>status</c> (the last one wins; empty when it names none) and what the service's result
    /// is read from, in one pass: <see langword="false"/> when the body is not one well-formed JSON object.
    /// </summary>
    public abstract bool TryReadStatus(ReadOnlySpan<byte> body, out string status, out object? parsed);
}
