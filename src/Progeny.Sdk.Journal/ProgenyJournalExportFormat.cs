namespace Progeny.Sdk;

/// <summary>The formats <see cref="ProgenyJournal.ExportAsync"/> writes.</summary>
public enum ProgenyJournalExportFormat
{
    /// <summary>JSON Lines: one JSON object per entry, its result as a JSON value.</summary>
    JsonLines = 0,

    /// <summary>CSV (RFC 4180), one row per entry after a header row, its result as a JSON text cell.</summary>
    Csv = 1,
}
