namespace Progeny.Cli;

/// <summary>How a service command runs through a journal (<c>--journal</c>).</summary>
/// <param name="Path">The journal file, as given; created on the first run.</param>
/// <param name="ResendUnknown">Whether inputs of unknown outcome are uploaded again (<c>--resend-unknown</c>).</param>
internal sealed record JournalSettings(string Path, bool ResendUnknown);
