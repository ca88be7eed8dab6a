using Microsoft.Extensions.DependencyInjection;
using Progeny.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;

namespace Progeny.Sdk.Tests.Services;

/// <summary>The task engine's rules, proven once for every service of the catalog, on the wire.</summary>
public sealed class ServiceCatalogTests
{
    private const string TaskId = DocumentationSamples.TaskId;

    [Theory]
    [MemberData(nameof(ServiceCatalog.Cases), MemberType = typeof(ServiceCatalog))]
    internal async Task RunAsync_EveryService_SendsItsFormOnceThenPollsItsTask(ServiceCase service)
    {
        using var server = ProgenyWireMock.Start().Serve(service);
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        var result = await fake.DriveAsync(service.Run(client, CancellationToken.None));

        result.TaskId.ShouldBe(TaskId);
        var upload = server.At(service.Path).ShouldHaveSingleItem();
        upload.Headers!["Authorization"].ShouldHaveSingleItem().ShouldStartWith("Bearer ");
        var parts = MultipartBody.Parse(upload);
        parts.Select(part => part.Name).ShouldBe(service.Fields.Select(field => field.Name));
        foreach (var (part, field) in parts.Zip(service.Fields))
        {
            if (field.File is { } bytes)
            {
                part.Content.ShouldBe(bytes, $"{field.Name} arrives byte for byte");
                part.ContentType.ShouldBe(field.ContentType);
                part.FileName.ShouldNotBeNullOrEmpty();
            }
            else
            {
                part.Text.ShouldBe(field.Text);
                part.FileName.ShouldBeNull();
            }
        }

        server.Gets.ShouldHaveSingleItem().RawQuery.ShouldBe($"?id={TaskId}");
        server.Obtains.Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(ServiceCatalog.Cases), MemberType = typeof(ServiceCatalog))]
    internal async Task SubmitAsync_EveryService_ReturnsTheTaskIdWithoutPolling(ServiceCase service)
    {
        using var server = ProgenyWireMock.Start().Serve(service);
        using var client = new ProgenyClient(server.Options());

        (await service.Submit(client)).ShouldBe(TaskId);

        server.At(service.Path).Count.ShouldBe(1);
        server.Gets.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ServiceCatalog.Cases), MemberType = typeof(ServiceCatalog))]
    internal async Task WaitForAsync_EveryService_ResumesByIdWithoutUploading(ServiceCase service)
    {
        using var server = ProgenyWireMock.Start().Serve(service);
        using var client = new ProgenyClient(server.Options());

        var result = await service.Wait(client, TaskId).WaitAsync(TimeSpan.FromSeconds(10));

        result.TaskId.ShouldBe(TaskId);
        server.Received.ShouldNotContain(request => request.Method == "POST" && request.Path.Contains("/services/", StringComparison.Ordinal));
        server.Gets.Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(ServiceCatalog.ImageCases), MemberType = typeof(ServiceCatalog))]
    internal async Task RunAsync_LastImageIsNotAnImage_SendsNothing(ServiceCase service)
    {
        using var server = ProgenyWireMock.Start().Serve(service);
        using var client = new ProgenyClient(server.Options());

        var exception = await Should.ThrowAsync<ArgumentException>(() => service.RunWithLastImage!(client, ProgenyImage.FromBytes("GIF89a..."u8.ToArray(), "x.gif")));

        exception.ParamName.ShouldNotBeNullOrEmpty("the error names the request's image");
        exception.Message.ShouldContain("neither PNG nor JPEG");
        server.Received.ShouldBeEmpty("one bad image sends nothing, not even a login");
    }

    [Theory]
    [MemberData(nameof(ServiceCatalog.Cases), MemberType = typeof(ServiceCatalog))]
    internal async Task WaitForAsync_EveryServiceWhenTheTaskFails_ThrowsTaskFailedWithTheStatus(ServiceCase service)
    {
        foreach (var status in new[] { "FAILURE", "REVOKED" })
        {
            using var server = ProgenyWireMock.Start().Serve(service, $$"""{"id": null, "status": "{{status}}", "result": "ValueError('worker lost')"}""");
            using var client = new ProgenyClient(server.Options());

            var exception = await Should.ThrowAsync<ProgenyTaskFailedException>(() => service.Wait(client, TaskId));

            exception.TaskId.ShouldBe(TaskId);
            exception.Status.Value.ShouldBe(status);
            exception.Message.ShouldNotContain("worker lost", customMessage: "the server's text stays out of the message");
            server.Gets.Count.ShouldBe(1, "a finished task is not polled again");
        }
    }

    [Fact]
    public async Task RunAsync_ConcurrentCallsAcrossServices_ShareOneLogin()
    {
        using var server = ProgenyWireMock.Start();
        foreach (var service in ServiceCatalog.All)
        {
            server.Serve(service);
        }

        using var client = new ProgenyClient(server.Options(), new ObservedFakeTimeProvider());

        await Task.WhenAll(ServiceCatalog.All.SelectMany(service => Enumerable.Range(0, 3).Select(_ => service.Submit(client))));

        server.Obtains.Count.ShouldBe(1);
        foreach (var service in ServiceCatalog.All)
        {
            server.At(service.Path).Count.ShouldBe(3);
        }
    }

    [Fact]
    public async Task RunAsync_MultiImageFormRefusedWith401_IsResentOnceByteForByteAfterRenewal()
    {
        var kycCard = ServiceCatalog.All.Single(service => service.Name == "kyc_card");
        using var server = ProgenyWireMock.Start().StubLogin().StubRefresh(Jwt.LongLived(), Jwt.LongLived("refresh")).StubTask(kycCard.FinishedTask);
        server.StubSequence(kycCard.Path, "POST", ProgenyWireMock.Json(401, """{"detail": "Given token not valid for any token type", "code": "token_not_valid"}"""), ProgenyWireMock.Json(200, DocumentationSamples.TaskCreated));
        var fake = new ObservedFakeTimeProvider();
        using var client = new ProgenyClient(server.Options(), fake);

        await fake.DriveAsync(kycCard.Run(client, CancellationToken.None));

        var uploads = server.At(kycCard.Path);
        uploads.Count.ShouldBe(2);
        uploads[1].BodyAsBytes.ShouldBe(uploads[0].BodyAsBytes, "the resend is byte-identical, three images included");
        server.Obtains.Count.ShouldBe(1);
        server.Refreshes.Count.ShouldBe(1, "one renewal after the 401");
    }

    [Fact]
    public async Task RunAsync_TwoUploads_UseDifferentMultipartBoundaries()
    {
        var service = ServiceCatalog.All.First();
        using var server = ProgenyWireMock.Start().Serve(service);
        using var client = new ProgenyClient(server.Options());

        await service.Submit(client);
        await service.Submit(client);

        var boundaries = server.At(service.Path).Select(request => request.Headers!["Content-Type"].Single()).ToList();
        boundaries.Distinct().Count().ShouldBe(2, "a boundary that image bytes could contain is never reused");
    }

    [Fact]
    public void AddProgenyClient_EachService_CanBeInjectedOnItsOwn()
    {
        var services = new ServiceCollection();
        services.AddProgenyClient(options =>
        {
            options.Username = "user";
            options.Password = "password";
        });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IProgenyClient>();

        provider.GetRequiredService<IProgenyService<OcrPassportRequest, PassportOcrResult>>().ShouldBeSameAs(client.OcrPassport);
        provider.GetRequiredService<IProgenyService<OcrCardRequest, CardOcrResult>>().ShouldBeSameAs(client.OcrCard);
        provider.GetRequiredService<IProgenyService<KycPassportRequest, KycPassportResult>>().ShouldBeSameAs(client.KycPassport);
        provider.GetRequiredService<IProgenyService<KycCardRequest, KycCardResult>>().ShouldBeSameAs(client.KycCard);
        provider.GetRequiredService<IProgenyService<FaceLivenessRequest, FaceLivenessResult>>().ShouldBeSameAs(client.FaceLiveness);
        provider.GetRequiredService<IProgenyService<RegisterFaceRequest, FaceRegistrationResult>>().ShouldBeSameAs(client.RegisterFace);
        provider.GetRequiredService<IProgenyService<AuthenticateFaceRequest, FaceAuthenticationResult>>().ShouldBeSameAs(client.AuthenticateFace);
        provider.GetRequiredService<IProgenyService<BackgroundCheckRequest, BackgroundCheckResult>>().ShouldBeSameAs(client.BackgroundCheck);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("line\nbreak")]
    public async Task RunAsync_BadTextValue_ThrowsArgumentBeforeAnyRequest(string value)
    {
        using var server = ProgenyWireMock.Start().StubLogin();
        using var client = new ProgenyClient(server.Options());

        (await Should.ThrowAsync<ArgumentException>(() => client.BackgroundCheck.RunAsync(new(value, ServiceCatalog.BirthDate)))).ParamName.ShouldBe("FullName");
        (await Should.ThrowAsync<ArgumentException>(() => client.AuthenticateFace.RunAsync(new(ProgenyImage.FromBytes(TestImages.Jpeg, "f.jpg"), value)))).ParamName.ShouldBe("FaceId");
        server.Received.ShouldBeEmpty();
    }
}
