namespace Progeny.Sdk;

/// <summary>Why a journal file cannot be used.</summary>
public enum ProgenyJournalErrorKind
{
    /// <summary>The file is not a SQLite database, or it is damaged (truncated, overwritten): it fails SQLite's integrity check.</summary>
    Corrupt = 0,

    /// <summary>The file is a SQLite database of another application or schema, not a Progeny journal.</summary>
    Foreign = 1,

    /// <summary>The journal was written by a newer version of Progeny.Sdk.Journal, with a schema this version does not know.</summary>
    NewerSchema = 2,

    /// <summary>Another process (or another <see cref="ProgenyJournal"/>) has the journal open: two runners of one batch could pay twice.</summary>
    InUse = 3,
}
