using System.Text;

namespace Progeny.Sdk;

/// <summary>A background_check task: screen a person against anti-money-laundering lists.</summary>
/// <param name="FullName">The full name as written in the official document (the <c>fullname</c> field).</param>
/// <param name="BirthDate">The date of birth (the <c>birth_date</c> field, sent as <c>yyyy-MM-dd</c>).</param>
/// <remarks><see cref="object.ToString"/> prints neither the name nor the date.</remarks>
public sealed record BackgroundCheckRequest(string FullName, DateOnly BirthDate)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A record's PrintMembers is an instance method.")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("FullName = [redacted], BirthDate = [redacted]");
        return true;
    }
}
