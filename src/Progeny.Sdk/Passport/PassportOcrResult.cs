using System.Text;

namespace Progeny.Sdk;

/// <summary>The result of a finished ocr_passport task.</summary>
/// <remarks><see cref="object.ToString"/> never prints the holder's data.</remarks>
public sealed record PassportOcrResult : ProgenyResult
{
    /// <summary>Gets the data read from the passport page.</summary>
    public PassportDocument Document { get; init; } = new();

    /// <summary>Gets the face-compare verdict, when the service returned one.</summary>
    public bool? Compare { get; init; }

    /// <summary>Gets the liveness verdict, when the service returned one.</summary>
    public bool? Liveness { get; init; }

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        base.PrintMembers(builder);
        builder.Append(", Document = ").Append(Document)
            .Append(", Compare = ").Append(Compare?.ToString() ?? "null")
            .Append(", Liveness = ").Append(Liveness?.ToString() ?? "null");
        return true;
    }
}
