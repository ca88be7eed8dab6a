using Microsoft.Playwright;
using Progeny.Sdk.Testing;

namespace Progeny.Samples.AspNet.Tests;

public sealed class UploadPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task UploadPage_SpecimenSubmitted_ShowsTheDocument()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 760 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.Locator("#image").SetInputFilesAsync(SampleApp.SpecimenPath);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Read passport" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-field=documentNumber]")).ToHaveTextAsync("X1234567");
        await Assertions.Expect(page.Locator("#holder")).ToHaveTextAsync("ANNA MARIA SPECIMEN");
        await Assertions.Expect(page.Locator("[data-field=dateOfBirth]")).ToHaveTextAsync("1990-04-12");
        await Assertions.Expect(page.Locator("#portrait-placeholder")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#problem")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#verdicts")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#decision")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-document.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_NotAnImageSubmitted_ShowsTheProblem()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 520 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.Locator("#image").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "not a passport"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Read passport" }).ClickAsync();

        await Assertions.Expect(page.Locator("#problem-title")).ToHaveTextAsync("The upload is not a usable image");
        await Assertions.Expect(page.Locator("#result")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-problem.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_KycLiveSelfieOfTheHolder_ShowsVerifiedTheDocumentAndBothVerdicts()
    {
        var before = fixture.Fake.Recording.Uploads.Count;
        var page = await OpenAsync(900);
        await using var context = page.Context;

        await SubmitKycAsync(page, TestImages.Selfie);

        await Assertions.Expect(page.Locator("#decision")).ToHaveTextAsync("Verified: a live person, the passport's holder.");
        await Assertions.Expect(page.Locator("#decision")).ToHaveClassAsync("decision good");
        await Assertions.Expect(page.Locator("#liveness")).ToHaveTextAsync("Live person ✓");
        await Assertions.Expect(page.Locator("#liveness-verdict")).ToHaveClassAsync("good");
        await Assertions.Expect(page.Locator("#match")).ToHaveTextAsync("Same person ✓");
        await Assertions.Expect(page.Locator("#match-verdict")).ToHaveClassAsync("good");
        await Assertions.Expect(page.Locator("[data-field=documentNumber]")).ToHaveTextAsync("X1234567");
        await Assertions.Expect(page.Locator("#holder")).ToHaveTextAsync("ANNA MARIA SPECIMEN");
        await Assertions.Expect(page.Locator("#problem")).ToBeHiddenAsync();
        var upload = fixture.Fake.Recording.Uploads.Skip(before).ShouldHaveSingleItem();
        upload.Service.ShouldBe(FakeService.KycPassport);
        await Assertions.Expect(page.Locator("#task")).ToHaveTextAsync($"Progeny task {upload.TaskId}");
        upload.File("passport_image").ShouldNotBeNull().Sha256.ShouldBe(await TestImages.PreparedSha256Async(SampleApp.Specimen, "specimen-passport.jpg"));
        upload.File("selfie_image").ShouldNotBeNull().Sha256.ShouldBe(await TestImages.PreparedSha256Async(TestImages.Selfie, "selfie.jpg"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-kyc-verified.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_KycFaceTooSmallAndNoMatch_ShowsNotVerifiedWithTheReasonAndTheScore()
    {
        fixture.Fake.EnqueueTaskOutcome(FakeService.KycPassport, KycOutcomes.FaceTooSmallAndNoMatch);
        var page = await OpenAsync(900);
        await using var context = page.Context;

        await SubmitKycAsync(page, TestImages.Selfie);

        await Assertions.Expect(page.Locator("#decision")).ToHaveTextAsync(
            "Not verified: the selfie is not a live person, and the selfie is not the passport's holder.");
        await Assertions.Expect(page.Locator("#decision")).ToHaveClassAsync("decision bad");
        await Assertions.Expect(page.Locator("#liveness")).ToHaveTextAsync("Not live: FACE_TOO_SMALL");
        await Assertions.Expect(page.Locator("#liveness-verdict")).ToHaveClassAsync("bad");
        await Assertions.Expect(page.Locator("#liveness-detail")).ToHaveTextAsync("Absolute face size is too small");
        await Assertions.Expect(page.Locator("#match")).ToHaveTextAsync("Not the same person ✗ 12.5%");
        await Assertions.Expect(page.Locator("#match-detail")).ToHaveTextAsync("match score 2.5");
        await Assertions.Expect(page.Locator("#match-verdict")).ToHaveClassAsync("bad");
        await Assertions.Expect(page.Locator("[data-field=documentNumber]")).ToHaveTextAsync("X1234567");
        await Assertions.Expect(page.Locator("#problem")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-kyc-not-verified.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_KycTaskFails_ShowsTheProblemAndTheTaskInsteadOfAVerdict()
    {
        fixture.Fake.EnqueueTaskOutcome(FakeService.KycPassport, FakeTaskOutcome.FailedCheck("DOCUMENT_NOT_FOUND"));
        var before = fixture.Fake.Recording.Uploads.Count;
        var page = await OpenAsync(760);
        await using var context = page.Context;

        await SubmitKycAsync(page, TestImages.Selfie);

        await Assertions.Expect(page.Locator("#problem-title")).ToHaveTextAsync("Progeny could not make the check");
        await Assertions.Expect(page.Locator("#problem-detail")).ToContainTextAsync("(DOCUMENT_NOT_FOUND)");
        var upload = fixture.Fake.Recording.Uploads.Skip(before).ShouldHaveSingleItem();
        await Assertions.Expect(page.Locator("#problem-detail")).ToContainTextAsync($"Progeny task {upload.TaskId} exists: keep its id.");
        await Assertions.Expect(page.Locator("#result")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#decision")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-kyc-failed.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_KycEmptySelfie_ShowsTheProblemNamingTheFieldAndSendsNothing()
    {
        var before = fixture.Fake.Recording.Requests.Count;
        var page = await OpenAsync(760);
        await using var context = page.Context;

        await SubmitKycAsync(page, []);

        await Assertions.Expect(page.Locator("#problem-title")).ToHaveTextAsync("No image was uploaded");
        await Assertions.Expect(page.Locator("#problem-detail")).ToContainTextAsync("selfie: The file is empty.");
        await Assertions.Expect(page.Locator("#result")).ToBeHiddenAsync();
        fixture.Fake.Recording.Requests.Count.ShouldBe(before);
    }

    /// <summary>Opens the page in a fresh browser context (<see cref="IPage.Context"/>, for the caller to dispose).</summary>
    private async Task<IPage> OpenAsync(int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseAddress.ToString());
        return page;
    }

    /// <summary>Fills the KYC form with the specimen passport and <paramref name="selfie"/>, as a user picks the files, and submits it.</summary>
    private static async Task SubmitKycAsync(IPage page, byte[] selfie)
    {
        await page.GetByLabel("Passport data page").SetInputFilesAsync(SampleApp.SpecimenPath);
        await page.GetByLabel("Selfie of the holder").SetInputFilesAsync(new FilePayload { Name = "selfie.jpg", MimeType = "image/jpeg", Buffer = selfie });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify" }).ClickAsync();
    }
}
