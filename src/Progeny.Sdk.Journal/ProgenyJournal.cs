using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk;

/// <summary>
/// A durable journal of batches, in one SQLite file: every input is recorded as about to upload before it is sent,
/// with its task id as soon as the upload answers, then with its result, each step committed to disk before the next.
/// A batch killed at any moment and run again skips what finished, waits for what was uploaded, uploads what was never
/// sent, and reports (never silently resends) uploads whose outcome is unknown.
/// </summary>
/// <remarks>
/// The file holds every result, the holders' personal data included: protect it as you protect the results
/// themselves. One process at a time may open a journal (<see cref="ProgenyJournalErrorKind.InUse"/> otherwise).
/// A <see cref="ProgenyJournal"/> is safe to use from several threads.
/// </remarks>
public sealed class ProgenyJournal : IAsyncDisposable
{
    private static readonly ProgenyJournalRunOptions DefaultRunOptions = new();

    private readonly JournalStore _store;
    private readonly TimeProvider _timeProvider;

    private ProgenyJournal(JournalStore store, TimeProvider timeProvider)
    {
        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>Gets or sets a hook called after each committed step, with the state committed: lets tests crash the batch there.</summary>
    internal Action<ProgenyJournalEntryState>? AfterCommit { get; set; }

    /// <summary>
    /// Opens the journal at <paramref name="path"/>, creating it if it does not exist. Entries left about to upload
    /// by a process that died become <see cref="ProgenyJournalEntryState.UnknownOutcome"/>.
    /// </summary>
    /// <param name="path">The journal file.</param>
    /// <param name="timeProvider">The clock of the entries' timestamps; <see langword="null"/> for the system clock.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open journal; dispose it to close the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ProgenyJournalException">The file is corrupt, foreign, of a newer schema, or in use: see <see cref="ProgenyJournalException.Kind"/>.</exception>
    public static async Task<ProgenyJournal> OpenAsync(string path, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var store = await JournalStore.OpenAsync(Path.GetFullPath(path), cancellationToken).ConfigureAwait(false);
        var journal = new ProgenyJournal(store, timeProvider ?? TimeProvider.System);
        try
        {
            await store.MarkInterruptedAsync(cancellationToken).ConfigureAwait(false);
            return journal;
        }
        catch
        {
            await journal.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs a batch through the journal: each input that finished is returned from the journal, each uploaded one is
    /// waited for, each never sent (or refused before a task was created) is uploaded. An input of unknown outcome is
    /// returned as it stands unless <see cref="ProgenyJournalRunOptions.ResendUnknown"/> is set. An input appearing
    /// twice is run once.
    /// </summary>
    /// <typeparam name="TRequest">The service's request.</typeparam>
    /// <typeparam name="TResult">The service's result.</typeparam>
    /// <param name="service">The service, e.g. <c>client.OcrPassport</c>.</param>
    /// <param name="items">The inputs.</param>
    /// <param name="options">How to run; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">
    /// Cancels the batch: the journal stays consistent (an upload canceled after it may have been sent is an unknown outcome).
    /// </param>
    /// <returns>One result per input, in the order of <paramref name="items"/>.</returns>
    /// <remarks>
    /// A failed upload or task is recorded and the batch goes on. A wait that fails without the task ending (a time-out,
    /// a lost connection) leaves the input uploaded: the next run waits again, at no cost.
    /// </remarks>
    /// <exception cref="ProgenyJournalException">The journal file became unusable.</exception>
    public async Task<IReadOnlyList<ProgenyJournalResult<TResult>>> RunAsync<TRequest, TResult>(
        IProgenyService<TRequest, TResult> service,
        IEnumerable<ProgenyJournalItem<TRequest>> items,
        ProgenyJournalRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(items);
        options ??= DefaultRunOptions;
        var (serviceName, json) = JournalServices.Get<TResult>();
        var inputs = items.ToArray();
        var results = new ProgenyJournalResult<TResult>[inputs.Length];
        var runs = new ConcurrentDictionary<string, Lazy<Task<ProgenyJournalResult<TResult>>>>(StringComparer.Ordinal);
        var run = new BatchRun<TRequest, TResult>(this, service, serviceName, json, options);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Length),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var item = inputs[index];
                ArgumentNullException.ThrowIfNull(item, nameof(items));
                var contentSha256 = await HashAsync(item.Images, token).ConfigureAwait(false);
                var id = EntryId(serviceName, item.Key, contentSha256);
                var once = runs.GetOrAdd(id, _ => new Lazy<Task<ProgenyJournalResult<TResult>>>(() => run.RunAsync(id, item, contentSha256, token)));
                results[index] = await once.Value.ConfigureAwait(false);
            }).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Reads the entry that <see cref="RunAsync"/> would resume for an input, without running it: for example, to skip
    /// preparing the images of inputs that already finished before building their requests.
    /// </summary>
    /// <typeparam name="TResult">The service's result, which names the service, as in <see cref="RunAsync"/>.</typeparam>
    /// <param name="key">The input's key, as in its <see cref="ProgenyJournalItem{TRequest}"/>.</param>
    /// <param name="images">The input's images, as in its <see cref="ProgenyJournalItem{TRequest}"/> (read to hash them).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The entry, or <see langword="null"/> when the journal has none for this input (never run, or its content changed).</returns>
    public async Task<ProgenyJournalEntry?> FindAsync<TResult>(string key, IReadOnlyList<ProgenyImage> images, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (serviceName, _) = JournalServices.Get<TResult>();
        var contentSha256 = await HashAsync(images, cancellationToken).ConfigureAwait(false);
        return await _store.FindAsync(EntryId(serviceName, key, contentSha256), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every entry of the journal, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The entries; their results hold personal data.</returns>
    public Task<IReadOnlyList<ProgenyJournalEntry>> GetEntriesAsync(CancellationToken cancellationToken = default) => _store.ListAsync(cancellationToken);

    /// <summary>Counts the journal's entries in each state.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The counts.</returns>
    public Task<ProgenyJournalCounts> GetCountsAsync(CancellationToken cancellationToken = default) => _store.CountAsync(cancellationToken);

    /// <summary>Writes every entry, oldest first, with its result: the holders' personal data included.</summary>
    /// <param name="destination">The stream written to; not disposed.</param>
    /// <param name="format">JSON Lines or CSV.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the entries are written.</returns>
    public async Task ExportAsync(Stream destination, ProgenyJournalExportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var entries = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        await JournalExporter.WriteAsync(destination, entries, format, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the journal file.</summary>
    /// <returns>A task that completes when the file is closed.</returns>
    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <inheritdoc/>
    public override string ToString() => "ProgenyJournal";

    internal JournalStore Store => _store;

    internal DateTimeOffset Now => _timeProvider.GetUtcNow();

    internal void Committed(ProgenyJournalEntryState state) => AfterCommit?.Invoke(state);

    private static async Task<string> HashAsync(IReadOnlyList<ProgenyImage> images, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var image in images)
        {
            var stream = await image.OpenReadAsync(long.MaxValue, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
        }

        return Hex.Lower(hash.GetHashAndReset());
    }

    private static string EntryId(string service, string key, string contentSha256) =>
        Hex.Lower(SHA256.HashData(Encoding.UTF8.GetBytes($"{service}\n{key}\n{contentSha256}")));
}
