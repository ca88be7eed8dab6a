namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>A request as a <see cref="RecordingHandler"/> saw it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string? AuthorizationScheme, DateTimeOffset SentAt);
