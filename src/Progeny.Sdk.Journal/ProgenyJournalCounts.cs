namespace Progeny.Sdk;

/// <summary>How many entries of a journal are in each state.</summary>
/// <param name="Pending">About to upload (only while a batch runs).</param>
/// <param name="Uploaded">Uploaded, waiting for the task.</param>
/// <param name="Finished">Finished with a stored result.</param>
/// <param name="Failed">Failed.</param>
/// <param name="UnknownOutcome">Uploads whose outcome is unknown: never resent unless asked.</param>
public sealed record ProgenyJournalCounts(int Pending, int Uploaded, int Finished, int Failed, int UnknownOutcome)
{
    /// <summary>Gets the number of entries.</summary>
    public int Total => Pending + Uploaded + Finished + Failed + UnknownOutcome;
}
