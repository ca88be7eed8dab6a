using System.Text;

namespace Progeny.Sdk;

/// <summary>What a journaled batch holds for one input: its entry and, once finished, its typed result.</summary>
/// <typeparam name="TResult">The service's result.</typeparam>
/// <param name="Entry">The journal's entry of the input.</param>
/// <param name="Result">The result, when <see cref="ProgenyJournalEntry.State"/> is <see cref="ProgenyJournalEntryState.Finished"/>.</param>
public sealed record ProgenyJournalResult<TResult>(ProgenyJournalEntry Entry, TResult? Result)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Entry = ").Append(Entry).Append(", Result = ").Append(Result is null ? "null" : "(stored)");
        return true;
    }
}
