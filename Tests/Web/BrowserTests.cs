using Microsoft.Playwright;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>A lawyer's path in a real browser (Debian chromium via Playwright) against the real server process.</summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private WebServerProcess server = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(Chromium)) Assert.Fail($"{Chromium} is missing: run ./test.sh, which installs Debian's chromium");
        server = WebServerProcess.Start(CorpusIndex.Path);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        server.Dispose();
    }

    [Test]
    public async Task Search_from_the_home_page_then_open_the_article()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        await page.FillAsync("input[name=q]", "acceso abusivo");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForURLAsync("**/search?q=*");

        var hit = page.Locator("li.hit", new() { HasText = "269A" }).First;
        Assert.That(await hit.Locator("p.snippet mark").CountAsync(), Is.GreaterThan(0));
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "search-acceso-abusivo.png"), FullPage = false });

        await hit.Locator("a.hit-title").ClickAsync();
        await page.WaitForURLAsync("**/statutes/co-ley-1273-2009?q=*#art-269a");
        var article = page.Locator("section#art-269a");
        Assert.That(await article.IsVisibleAsync(), Is.True);
        Assert.That(await article.Locator("mark").CountAsync(), Is.GreaterThan(0), "the statute page marks what the search matched");
        Assert.That(await article.Locator(".citation").InnerTextAsync(), Is.EqualTo("Ley 1273 de 2009 (CO), art. 269A"));
        Assert.That(await article.InnerTextAsync(), Does.Contain("sistema informático"));
    }

    [Test]
    public async Task A_hostile_query_is_shown_as_text_and_runs_nothing()
    {
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync(server.BaseUrl + "/search?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)> acceso"));

        Assert.That(await page.Locator("img[src=x]").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("p.summary").InnerTextAsync(), Does.Contain("<img src=x onerror=alert(1)> acceso"));
        Assert.That(dialogs, Is.Zero);
    }

    [Test]
    public async Task Facet_link_filters_the_results_by_country()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/search?q=" + Uri.EscapeDataString("datos personales"));

        await page.Locator("aside.facets a", new() { HasTextString = "CO" }).First.ClickAsync();
        await page.WaitForURLAsync("**country=CO*");

        var countries = await page.Locator("li.hit .badge.country").AllInnerTextsAsync();
        Assert.That(countries, Is.Not.Empty.And.All.EqualTo("CO"));
    }
}
