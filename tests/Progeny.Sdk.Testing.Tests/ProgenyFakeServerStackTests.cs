using System.Net;
using System.Net.Http.Headers;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>What the inferred stack (nginx, Django, DRF, SimpleJWT, Celery) answers by default (progeny-api.md §8).</summary>
public sealed class ProgenyFakeServerStackTests
{
    private const string NginxTooLarge = "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

    [Fact]
    public async Task Answers_OfViews_CarryDrfAndDjangoHeaders_OfDjangoOnlyItsSecurityHeaders_OfNginxNone()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake, followRedirects: false);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var upload = await Wire.SendAsync(client, HttpMethod.Post, "services/face_liveness/", access, ServiceCase.Of(FakeService.FaceLiveness).ValidForm());
        using var refused = await Wire.SendAsync(client, HttpMethod.Get, "services/task/?id=x", access: null);
        using var notFound = await client.GetAsync("services/nothing/");
        using var redirect = await client.PostAsync("services/ocr_card", Wire.Form());
        fake.InjectFault(FakeFault.BadGateway(), FakeEndpoint.TaskStatus);
        using var gateway = await Wire.SendAsync(client, HttpMethod.Get, "services/task/?id=x", access);

        foreach (var (response, allow) in new[] { (upload, "POST, OPTIONS"), (refused, "GET, HEAD, OPTIONS") })
        {
            response.Headers.Vary.ShouldBe(["Accept"]);
            string.Join(", ", response.Content.Headers.Allow).ShouldBe(allow);
            ShouldHaveDjangoSecurityHeaders(response);
        }

        foreach (var response in new[] { notFound, redirect })
        {
            ShouldHaveDjangoSecurityHeaders(response);
            response.Headers.Vary.ShouldBeEmpty();
            response.Content.Headers.Allow.ShouldBeEmpty();
        }

        gateway.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        gateway.Headers.Contains("X-Frame-Options").ShouldBeFalse();
        gateway.Headers.Vary.ShouldBeEmpty();
    }

    [Fact]
    public async Task UserIsActive_Off_RefreshStillWorksButEveryServiceAnswers401UserInactive()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, refresh) = await Wire.LoginAsync(client, fake);
        var task = fake.CreateTask();

        fake.Options.UserIsActive = false;
        using var refreshed = await client.PostAsync("accounts/token/refresh/", Wire.Form(("refresh", refresh)));
        var (readStatus, readBody) = await Wire.ReadTaskAsync(client, access, task);
        using var upload = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload());
        using var login = await client.PostAsync("accounts/token/obtain/", Wire.Form(("username", fake.Username), ("password", fake.Password)));

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        readStatus.ShouldBe(401);
        readBody.ShouldBeJson("""{"detail": "User is inactive", "code": "user_inactive"}""");
        upload.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await upload.Content.ReadAsStringAsync()).ShouldBeJson("""{"detail": "User is inactive", "code": "user_inactive"}""");
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await login.Content.ReadAsStringAsync()).ShouldBeJson(DocumentationSamples.ObtainUnauthorized);
        fake.Recording.CreatedTaskIds.ShouldBe([task]);
    }

    [Fact]
    public async Task ReportStartedWorker_On_StartedReadsCarryThePidAndHostname()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { ReportStartedWorker = true });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = await Wire.SubmitAsync(client, access);

        var pending = await Wire.ReadTaskAsync(client, access, task);
        var started = await Wire.ReadTaskAsync(client, access, task);
        var done = await Wire.ReadTaskAsync(client, access, task);

        pending.Body.ShouldBeJson("""{"id": null, "status": "PENDING", "result": null}""");
        started.Body.ShouldBeJson("""{"id": 2188, "status": "STARTED", "result": {"pid": 4242, "hostname": "celery@worker-1"}}""");
        done.Body.ShouldBeJson(DocumentationSamples.OcrPassportTask);
    }

    [Fact]
    public async Task TaskLookup_ResultsTable_Answers404UntilAWorkerPicksTheTaskUp()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskLookup = FakeTaskLookup.ResultsTable, TaskProgress = ["PENDING", "PENDING", "STARTED"] });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = await Wire.SubmitAsync(client, access);

        var reads = new List<(int Status, string Body)>();
        for (var i = 0; i < 4; i++)
        {
            reads.Add(await Wire.ReadTaskAsync(client, access, task));
        }

        var unknown = await Wire.ReadTaskAsync(client, access, Guid.NewGuid().ToString());

        reads.Select(r => r.Status).ShouldBe([404, 404, 200, 200]);
        reads[0].Body.ShouldBeJson("""{"detail": "Not found."}""");
        reads[2].Body.ShouldBeJson("""{"id": 2188, "status": "STARTED", "result": null}""");
        reads[3].Body.ShouldBeJson(DocumentationSamples.OcrPassportTask);
        unknown.Status.ShouldBe(404);
        unknown.Body.ShouldBeJson("""{"detail": "Not found."}""");
    }

    [Fact]
    public async Task TaskLookup_SubmittedTasks_Answers404ForAnIdNeverIssuedOnly()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskLookup = FakeTaskLookup.SubmittedTasks });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        var task = await Wire.SubmitAsync(client, access);

        var pending = await Wire.ReadTaskAsync(client, access, task);
        var unknown = await Wire.ReadTaskAsync(client, access, Guid.NewGuid().ToString());

        pending.Body.ShouldBeJson("""{"id": null, "status": "PENDING", "result": null}""");
        unknown.Status.ShouldBe(404);
        unknown.Body.ShouldBeJson("""{"detail": "Not found."}""");
    }

    [Fact]
    public async Task MaxRequestBodyBytes_LargerUpload_IsAnsweredNginx413BeforeTheApplication()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { MaxRequestBodyBytes = 1024 * 1024 });
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);

        using var large = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, Wire.Upload(SampleImages.JpegOfSize(2 * 1024 * 1024)));
        using var chunked = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, ChunkedUpload(SampleImages.JpegOfSize(2 * 1024 * 1024)));
        using var unauthenticated = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access: null, Wire.Upload(SampleImages.JpegOfSize(2 * 1024 * 1024)));
        using var small = await Wire.SendAsync(client, HttpMethod.Post, "services/ocr_passport/", access, ChunkedUpload(SampleImages.JpegOfSize(900 * 1024)));

        foreach (var response in new[] { large, chunked, unauthenticated })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            (await response.Content.ReadAsStringAsync()).ShouldBe(NginxTooLarge);
        }

        small.StatusCode.ShouldBe(HttpStatusCode.OK);
        fake.Recording.UploadCount.ShouldBe(4);
        fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Select(r => r.StatusCode).ShouldBe([413, 413, 413, 200]);
        fake.Recording.Uploads.ShouldHaveSingleItem().FileLength.ShouldBe(900 * 1024);
        fake.Recording.CreatedTaskIds.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task NamedFaults_AreTheStacksHtmlPages_AndOnlyTheGatewayTimeoutCreatesATask()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        var (access, _) = await Wire.LoginAsync(client, fake);
        fake.InjectFault(FakeFault.BadGateway(), FakeEndpoint.KycPassport);
        fake.InjectFault(FakeFault.ServerError(), FakeEndpoint.KycPassport);
        fake.InjectFault(FakeFault.GatewayTimeout(), FakeEndpoint.KycPassport);
        var form = ServiceCase.Of(FakeService.KycPassport);

        using var badGateway = await Wire.SendAsync(client, HttpMethod.Post, form.Path, access, form.ValidForm());
        var afterBadGateway = fake.Recording.CreatedTaskIds.Count;
        using var serverError = await Wire.SendAsync(client, HttpMethod.Post, form.Path, access, form.ValidForm());
        var afterServerError = fake.Recording.CreatedTaskIds.Count;
        using var gatewayTimeout = await Wire.SendAsync(client, HttpMethod.Post, form.Path, access, form.ValidForm());

        badGateway.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        (await badGateway.Content.ReadAsStringAsync()).ShouldBe("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n");
        serverError.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await serverError.Content.ReadAsStringAsync()).ShouldContain("<title>Server Error (500)</title>");
        serverError.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        gatewayTimeout.StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
        (await gatewayTimeout.Content.ReadAsStringAsync()).ShouldContain("<title>504 Gateway Time-out</title>");
        (afterBadGateway, afterServerError).ShouldBe((0, 0));
        fake.Recording.Uploads[^1].TaskId.ShouldBe(fake.Recording.CreatedTaskIds.ShouldHaveSingleItem());
        FakeFault.GatewayTimeout().ToString().ShouldBe("GatewayTimeout");
    }

    private static void ShouldHaveDjangoSecurityHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
    }

    /// <summary>An upload of unknown length, so that the body is sent chunked.</summary>
    private static MultipartFormDataContent ChunkedUpload(byte[] image) => new()
    {
        { new StreamContent(new ForwardOnlyStream(new MemoryStream(image))) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } }, "passport_image", "big.jpg" },
        { new StringContent("false"), "extend_data" },
    };
}
