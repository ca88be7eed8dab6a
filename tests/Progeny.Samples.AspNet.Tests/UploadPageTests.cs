using Microsoft.Playwright;

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
    public async Task UploadPage_KycPassportAndSelfieSubmitted_ShowsTheDocumentAndBothVerdicts()
    {
        fixture.Kyc.Result = KycResults.Verified;
        var before = fixture.Kyc.Received.Count;
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.GetByLabel("Passport data page").SetInputFilesAsync(SampleApp.SpecimenPath);
        await page.GetByLabel("Selfie of the holder").SetInputFilesAsync(new FilePayload { Name = "selfie.jpg", MimeType = "image/jpeg", Buffer = TestImages.Selfie });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify" }).ClickAsync();

        await Assertions.Expect(page.Locator("#liveness")).ToHaveTextAsync("Live person ✓");
        await Assertions.Expect(page.Locator("#liveness-verdict")).ToHaveClassAsync("good");
        await Assertions.Expect(page.Locator("#liveness-detail")).ToHaveTextAsync("score 2.59, probability 0.93");
        await Assertions.Expect(page.Locator("#match")).ToHaveTextAsync("Same person ✓ 100%");
        await Assertions.Expect(page.Locator("#match-verdict")).ToHaveClassAsync("good");
        await Assertions.Expect(page.Locator("[data-field=documentNumber]")).ToHaveTextAsync("X1234567");
        await Assertions.Expect(page.Locator("#holder")).ToHaveTextAsync("ANNA MARIA SPECIMEN");
        await Assertions.Expect(page.Locator("#task")).ToHaveTextAsync("Progeny task efe46711-b1d8-43f1-9d02-7a54c43b79a2");
        await Assertions.Expect(page.Locator("#problem")).ToBeHiddenAsync();
        var received = fixture.Kyc.Received.Skip(before).ShouldHaveSingleItem();
        received.Passport.FileName.ShouldBe("specimen-passport.jpg");
        received.Passport.Content.ShouldBe(SampleApp.Specimen);
        received.Selfie.FileName.ShouldBe("selfie.jpg");
        received.Selfie.Content.ShouldBe(TestImages.Selfie);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-kyc-verified.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_KycSelfieNotLive_ShowsTheReasonAndTheMismatch()
    {
        fixture.Kyc.Result = KycResults.NotLive;
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.GetByLabel("Passport data page").SetInputFilesAsync(SampleApp.SpecimenPath);
        await page.GetByLabel("Selfie of the holder").SetInputFilesAsync(new FilePayload { Name = "selfie.jpg", MimeType = "image/jpeg", Buffer = TestImages.Selfie });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify" }).ClickAsync();

        await Assertions.Expect(page.Locator("#liveness")).ToHaveTextAsync("Not live: FACE_TOO_SMALL");
        await Assertions.Expect(page.Locator("#liveness-verdict")).ToHaveClassAsync("bad");
        await Assertions.Expect(page.Locator("#liveness-detail")).ToHaveTextAsync("Absolute face size is too small");
        await Assertions.Expect(page.Locator("#match")).ToHaveTextAsync("Not the same person ✗ 12.5%");
        await Assertions.Expect(page.Locator("#match-verdict")).ToHaveClassAsync("bad");
        await Assertions.Expect(page.Locator("[data-field=documentNumber]")).ToHaveTextAsync("X1234567");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "upload-page-kyc-not-live.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadPage_KycEmptySelfie_ShowsTheProblemNamingTheField()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 760 } });
        var page = await context.NewPageAsync();
        var before = fixture.Kyc.Received.Count;

        await page.GotoAsync(fixture.BaseAddress.ToString());
        await page.GetByLabel("Passport data page").SetInputFilesAsync(SampleApp.SpecimenPath);
        await page.GetByLabel("Selfie of the holder").SetInputFilesAsync(new FilePayload { Name = "selfie.jpg", MimeType = "image/jpeg", Buffer = [] });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify" }).ClickAsync();

        await Assertions.Expect(page.Locator("#problem-title")).ToHaveTextAsync("No image was uploaded");
        await Assertions.Expect(page.Locator("#problem-detail")).ToContainTextAsync("selfie: The file is empty.");
        await Assertions.Expect(page.Locator("#result")).ToBeHiddenAsync();
        fixture.Kyc.Received.Count.ShouldBe(before);
    }
}
