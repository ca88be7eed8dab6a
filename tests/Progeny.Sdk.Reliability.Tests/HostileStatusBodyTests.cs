using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.10 on the wire: truncated, empty, huge (over the 1 MiB cap) and deeply nested (depth 10,000) status
/// bodies are retried, then give a result or <see cref="ProgenyTaskTimeoutException"/>, never another exception type.
/// </summary>
public sealed class HostileStatusBodyTests
{
    public static TheoryData<string> Kinds => ["truncated", "empty", "huge", "deep-arrays", "deep-objects", "deep-in-data"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task WaitForOcrPassportAsync_HostileBodyOnce_RetriedThenResult(string kind)
    {
        var (fake, harness, clock) = await PollingRetryTests.StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(Fault(kind), FakeEndpoint.TaskStatus);

        var result = await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        fake.Recording.StatusReadCount.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task WaitForOcrPassportAsync_HostileBodyAlways_TaskTimeoutAndNothingElse(string kind)
    {
        var (fake, harness, clock) = await PollingRetryTests.StartAsync(o => o.PollingTimeout = TimeSpan.FromSeconds(10));
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(Fault(kind), FakeEndpoint.TaskStatus, times: 1000);

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight));

        failure.TaskId.ShouldBe(task);
        failure.LastStatus.ShouldBeNull();
        failure.InnerException.ShouldBeAssignableTo<ProgenyException>();
        fake.Recording.StatusReadCount.ShouldBeInRange(5, 7);
    }

    [Theory]
    [InlineData("""{"id": 1, "status": "FAILURE", "status": "FAILURE", "result": "ValueError('x')", "result": "ValueError('y')"}""", null)]
    [InlineData("""{"id": 1, "status": "FAILURE", "result": {"status": 400, "error_code": "FIRST", "error_code": "SECOND"}}""", "SECOND")]
    [InlineData("""{"id": 1, "id": 2, "status": "SUCCESS", "result": {"status": 400, "status": 400, "error": "a", "error": "b", "error_code": "DOCUMENT_NOT_FOUND"}}""", "DOCUMENT_NOT_FOUND")]
    [InlineData("""{"id": 1, "status": "SUCCESS", "result": {"status": 400, "data": {"document": {"zz": 1, "zz": 2}, "document": "None"}, "error_code": "DOC"}}""", "DOC")]
    [InlineData("""{"id": 1, "status": "SUCCESS", "result": {"status": 400, "data": {"x": 1, "x": 2}}, "result": {"status": 400, "data": "x", "error_code": "LAST"}}""", "LAST")]
    [InlineData("""{"id": 1, "status": "FAILURE", "result": {"data": {"issues": {"a": {"C1": "m"}}, "issues": {"a": {"C2": "m"}}}}}""", "C2")]
    public async Task WaitForOcrPassportAsync_FailedTaskWithDuplicateKeys_FailsAtOnce(string body, string? errorCode)
    {
        var (fake, harness, clock) = await PollingRetryTests.StartAsync(o => o.PollingTimeout = TimeSpan.FromSeconds(10));
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.MalformedBody(body), FakeEndpoint.TaskStatus, times: 1000);

        var failure = await Should.ThrowAsync<ProgenyTaskFailedException>(() => clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight));

        failure.TaskId.ShouldBe(task);
        failure.ErrorCode.ShouldBe(errorCode);
        fake.Recording.StatusReadCount.ShouldBe(1);
    }

    internal static string Nested(int depth, string open, string close, string inner = "0") =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static FakeFault Fault(string kind) => kind switch
    {
        "truncated" => FakeFault.TruncatedBody(),
        "empty" => FakeFault.MalformedBody(string.Empty),
        "huge" => FakeFault.MalformedBody("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"pad": """ + $"\"{new string('x', 2 * 1024 * 1024)}\"" + "}}}"),
        "deep-arrays" => FakeFault.MalformedBody(Nested(10_000, "[", "]")),
        "deep-objects" => FakeFault.MalformedBody(Nested(10_000, "{\"a\":", "}")),
        _ => FakeFault.MalformedBody("""{"id": 2188, "status": "SUCCESS", "result": {"status": 200, "data": {"document": {"firstName": "A"}, "provider": """ + Nested(10_000, "[", "]") + "}}}"),
    };
}
