namespace Progeny.Sdk.Testing.WireMock.Internal;

/// <summary>The task ids one service's successive submissions get: in order, the last one repeating. Not thread-safe: callers lock.</summary>
internal sealed class TaskQueue(IReadOnlyList<string> taskIds)
{
    private int _next;

    public string Next()
    {
        var id = taskIds[Math.Min(_next, taskIds.Count - 1)];
        _next++;
        return id;
    }
}
