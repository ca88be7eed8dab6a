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
}
