using Progeny.Sdk.Testing.Internal;

namespace Progeny.Sdk.Testing;

/// <summary>Everything a <see cref="ProgenyFakeServer"/> received, to assert on. Thread-safe; the lists are snapshots.</summary>
public sealed class FakeServerRecording
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedUpload> _uploads = [];
    private readonly List<string> _createdTaskIds = [];
    private readonly List<Exception> _serverErrors = [];

    internal FakeServerRecording()
    {
    }

    /// <summary>Gets the number of login requests received (<c>accounts/token/obtain/</c>), refused or faulted ones included.</summary>
    public int LoginCount => Count(FakeEndpoint.TokenObtain);

    /// <summary>Gets the number of refresh requests received (<c>accounts/token/refresh/</c>).</summary>
    public int RefreshCount => Count(FakeEndpoint.TokenRefresh);

    /// <summary>
    /// Gets the number of upload requests received by any service (<c>services/ocr_passport/</c> and the others), refused,
    /// faulted or too large ones included; <see cref="Count"/> counts one service's.
    /// </summary>
    public int UploadCount
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count(request => FakeServices.Find(request.Endpoint) is not null);
            }
        }
    }

    /// <summary>Gets the number of status reads received (<c>services/task/</c>).</summary>
    public int StatusReadCount => Count(FakeEndpoint.TaskStatus);

    /// <summary>Gets every request received, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Gets every upload whose form was read (all but dropped connections and bodies over the size limit), in order, of every service.</summary>
    public IReadOnlyList<RecordedUpload> Uploads
    {
        get
        {
            lock (_gate)
            {
                return [.. _uploads];
            }
        }
    }

    /// <summary>Gets the ids of the tasks created, by uploads or by <see cref="ProgenyFakeServer.CreateTask(FakeTaskOutcome)"/>, in order.</summary>
    public IReadOnlyList<string> CreatedTaskIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _createdTaskIds];
            }
        }
    }

    /// <summary>Gets the exceptions the fake server itself threw while answering (each answered 500); empty unless the fake has a bug.</summary>
    public IReadOnlyList<Exception> ServerErrors
    {
        get
        {
            lock (_gate)
            {
                return [.. _serverErrors];
            }
        }
    }

    /// <summary>Counts the requests received by one endpoint.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The count.</returns>
    public int Count(FakeEndpoint endpoint)
    {
        lock (_gate)
        {
            var count = 0;
            foreach (var request in _requests)
            {
                if (request.Endpoint == endpoint)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Returns the requests received by one endpoint, in order.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<RecordedRequest> RequestsTo(FakeEndpoint endpoint)
    {
        lock (_gate)
        {
            return _requests.Where(request => request.Endpoint == endpoint).ToList();
        }
    }

    /// <summary>Forgets everything recorded so far (tasks and tokens stay valid).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _uploads.Clear();
            _createdTaskIds.Clear();
            _serverErrors.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    internal void Add(RecordedUpload upload)
    {
        lock (_gate)
        {
            _uploads.Add(upload);
        }
    }

    internal void Failed(Exception exception)
    {
        lock (_gate)
        {
            _serverErrors.Add(exception);
        }
    }

    internal void TaskCreated(string taskId)
    {
        lock (_gate)
        {
            _createdTaskIds.Add(taskId);
        }
    }
}
