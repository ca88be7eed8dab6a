namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>One generated response: its body, how it is framed, its status code, and the mutations that made it (for the failure report).</summary>
internal sealed record FuzzCase(byte[] Body, bool Streamed, int Status, string Mutations)
{
    public override string ToString()
    {
        var text = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400));
        return $"HTTP {Status}, {Body.Length} bytes{(Streamed ? " (streamed)" : string.Empty)}, mutations: {Mutations}; starts: {text}";
    }
}
