using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace Progeny.Sdk.Readme.Tests;

/// <summary>Catches the <see cref="IHost"/> a program builds (the hosting diagnostics' <c>HostBuilt</c> event, as <c>WebApplicationFactory</c> does).</summary>
internal sealed class HostCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly TaskCompletionSource<IHost> _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> _subscriptions = [];

    public HostCapture() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Gets the first host built after this capture began.</summary>
    public Task<IHost> Built => _built.Task;

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.Extensions.Hosting")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value is { Key: "HostBuilt", Value: IHost host })
        {
            _built.TrySetResult(host);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }
}
