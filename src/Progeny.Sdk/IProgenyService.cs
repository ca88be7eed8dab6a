namespace Progeny.Sdk;

/// <summary>
/// One Progeny v3 service: every service runs as a paid task that is uploaded, then polled until it ends. Use
/// <see cref="RunAsync"/> for both steps, or <see cref="SubmitAsync"/> and <see cref="WaitForAsync"/> to store the
/// task id in between (and resume in any process).
/// </summary>
/// <typeparam name="TRequest">What the service takes: its images and values.</typeparam>
/// <typeparam name="TResult">What a finished task returns.</typeparam>
/// <remarks>
/// Every image of a request is checked (exists, not empty, PNG or JPEG, at most
/// <see cref="ProgenyClientOptions.MaxImageBytes"/>) before any byte is sent. An upload is sent at most once. A check's
/// negative answer (a face that is not live, a mismatch) is a result; a task that ends without the data its service
/// exists to return is a <see cref="ProgenyTaskFailedException"/>.
/// </remarks>
public interface IProgenyService<TRequest, TResult>
{
    /// <summary>Uploads the request, waits until its task ends and returns the typed result.</summary>
    /// <param name="request">The images and values to send.</param>
    /// <param name="cancellationToken">Cancels the call; a task already created keeps running on the server.</param>
    /// <returns>The typed result of the finished task.</returns>
    /// <exception cref="ArgumentException">A value or an image is not valid; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">An image file does not exist; nothing was sent.</exception>
    /// <exception cref="ProgenyTaskFailedException">The task ended without the service's data.</exception>
    /// <exception cref="ProgenyTaskTimeoutException">The task did not end within <see cref="ProgenyClientOptions.PollingTimeout"/>.</exception>
    /// <exception cref="ProgenyException">Any other failure: see its subtypes.</exception>
    Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken = default);

    /// <summary>Uploads the request and returns the id of the task it created, without waiting.</summary>
    /// <param name="request">The images and values to send.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task id: store it and pass it to <see cref="WaitForAsync"/>, in this process or another.</returns>
    /// <exception cref="ArgumentException">A value or an image is not valid; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">An image file does not exist; nothing was sent.</exception>
    /// <exception cref="ProgenyException">The upload failed; it says whether a task may have been created.</exception>
    Task<string> SubmitAsync(TRequest request, CancellationToken cancellationToken = default);

    /// <summary>Waits for a task submitted earlier and returns its result. Never uploads; the first status request is sent at once.</summary>
    /// <param name="taskId">The id returned by <see cref="SubmitAsync"/>.</param>
    /// <param name="progress">
    /// Receives the status of every status answer, the final one included, on the polling path: keep it quick. An
    /// exception it throws is logged and the wait goes on. <see langword="null"/> to receive none.
    /// </param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The typed result of the finished task.</returns>
    /// <exception cref="ProgenyTaskFailedException">The task ended without the service's data.</exception>
    /// <exception cref="ProgenyTaskTimeoutException">The task did not end within <see cref="ProgenyClientOptions.PollingTimeout"/>.</exception>
    /// <exception cref="ProgenyException">Any other failure: see its subtypes.</exception>
    Task<TResult> WaitForAsync(string taskId, IProgress<ProgenyTaskStatus>? progress = null, CancellationToken cancellationToken = default);
}
