using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>What the fake records: per-endpoint counts, Authorization presence per request, thread safety.</summary>
public sealed class FakeServerRecordingTests
{
    [Fact]
    public async Task Recording_CountsEveryEndpointAndNotesTheAuthorizationOfEachRequest()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, refresh) = await Wire.LoginAsync(client, fake);
        using var refreshed = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));
        var task = await Wire.SubmitAsync(client, access);
        await Wire.ReadTaskAsync(client, access, task);
        await Wire.ReadTaskAsync(client, access: null, task);

        var recording = fake.Recording;
        recording.LoginCount.ShouldBe(1);
        recording.RefreshCount.ShouldBe(1);
        recording.UploadCount.ShouldBe(1);
        recording.StatusReadCount.ShouldBe(2);
        recording.Requests.Select(r => (r.Endpoint, r.HasAuthorization, r.StatusCode)).ShouldBe(
        [
            (FakeEndpoint.TokenObtain, false, 200),
            (FakeEndpoint.TokenRefresh, false, 200),
            (FakeEndpoint.OcrPassport, true, 200),
            (FakeEndpoint.TaskStatus, true, 200),
            (FakeEndpoint.TaskStatus, false, 401),
        ]);
        recording.Requests[3].PathAndQuery.ShouldBe($"/api/v3/services/task/?id={task}");
        recording.ServerErrors.ShouldBeEmpty();

        recording.Clear();
        recording.Requests.ShouldBeEmpty();
        recording.LoginCount.ShouldBe(0);
    }

    [Fact]
    public async Task Recording_ConcurrentRequests_AreAllCounted()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        var uploads = Enumerable.Range(0, 40).Select(_ => Wire.SubmitAsync(client, access));
        var ids = await Task.WhenAll(uploads);

        ids.Distinct().Count().ShouldBe(40);
        fake.Recording.UploadCount.ShouldBe(40);
        fake.Recording.Uploads.Count.ShouldBe(40);
        fake.Recording.CreatedTaskIds.ShouldBe(ids, ignoreOrder: true);
    }
}
