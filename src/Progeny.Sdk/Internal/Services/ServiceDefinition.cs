namespace Progeny.Sdk.Internal;

/// <summary>What the task engine's polling needs to know of a service: its name, and how its finished body may look.</summary>
internal abstract class ServiceDefinition
{
    /// <summary>Gets the service's API name: its path (<c>services/&lt;name&gt;/</c>) and its span, log and metric tag.</summary>
    public abstract string Name { get; }

    /// <summary>Whether a status answer without a <c>status</c> is this service's finished result (background_check's documented body).</summary>
    public virtual bool IsFinishedWithoutStatus(ReadOnlySpan<byte> body) => false;
}
