namespace Progeny.Sdk.Testing;

/// <summary>How the fake's task endpoint finds a task, which decides what a task id it never issued, or a task no worker has picked up yet, reads as.</summary>
public enum FakeTaskLookup
{
    /// <summary>Celery's <c>AsyncResult</c>: any id reads; one never issued, or mistyped, is <c>PENDING</c> forever.</summary>
    AsyncResult,

    /// <summary>
    /// A results table (django-celery-results): 404 <c>{"detail": "Not found."}</c> for an id never issued and for a task no
    /// worker has picked up yet (while it would read <c>PENDING</c>).
    /// </summary>
    ResultsTable,

    /// <summary>A table of the tasks the API submitted: 404 for an id never issued; an issued task reads as with <see cref="AsyncResult"/>.</summary>
    SubmittedTasks,
}
