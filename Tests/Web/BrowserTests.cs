using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Web;

/// <summary>
/// What a lawyer sees, in a real browser (Debian chromium via Playwright) against the real server process on Kestrel:
/// the search → facets → statute → compare → export → Spanish → syntax error flow at 1366 and 390 px, the offences
/// matrix, axe-core on every page. Screenshots go to Tests/artifacts/ (git-ignored).
/// </summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Artifacts = Path.Combine(TestPaths.RepositoryRoot, "Tests", "artifacts");
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
        Directory.CreateDirectory(Artifacts);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        server.Dispose();
    }

    private async Task<IPage> NewPage(int width, bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 500 ? 844 : 900 },
            AcceptDownloads = true,
            BypassCSP = bypassCsp,
            Locale = "en-GB",
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.BaseUrl });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="glob"/> (<c>*</c> and <c>**</c>: any characters) and its
    /// document has loaded, reading the document's own address and readyState in the page: waiting for Playwright's
    /// navigation events hung in CI for 30 s twice, once for the "load" event and once for the URL's commit, after the
    /// "networkidle" event had already fired — the events lost between Chromium and Playwright under load. The check is
    /// re-run in each new document, so it also holds across the navigation.
    /// </summary>
    private static async Task Reached(IPage page, string glob)
    {
        var pattern = "^" + Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", ".*", StringComparison.Ordinal) + "$";
        await page.WaitForFunctionAsync("pattern => new RegExp(pattern).test(location.href) && document.readyState === 'complete'", pattern, new() { PollingInterval = 50 });
    }

    private static async Task Shot(IPage page, int width, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, $"{name}-{width}.png") });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{name} at {width} px scrolls sideways by {overflow} px");
    }

    [TestCase(1366)]
    [TestCase(390)]
    public async Task Search_facets_statute_compare_export_spanish_and_a_syntax_error(int width)
    {
        var page = await NewPage(width);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The syntax-error page is a 400 on purpose; any other console error (a script, the CSP) fails the test.
            if (message.Type == "error" && !message.Text.Contains("status of 400", StringComparison.Ordinal)) errors.Add(message.Text);
        };

        await page.GotoAsync(server.BaseUrl + "/search?q=" + Uri.EscapeDataString("datos personales"));
        await page.Locator("ul[data-facet=country] a", new() { HasTextString = "Colombia" }).ClickAsync();
        await Reached(page, "**country=CO*");
        await page.Locator("ul[data-facet=country] a", new() { HasTextString = "Peru" }).ClickAsync();
        await Reached(page, "**country=PE*");
        var selected = page.Locator("ul[data-facet=country] li.selected");
        Assert.That(await selected.AllInnerTextsAsync(), Has.Some.Contains("Colombia").And.Some.Contains("Peru"));
        Assert.That((await page.Locator("li.hit").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.country)")).Distinct(), Is.SubsetOf(new[] { "CO", "PE" }));
        await Shot(page, width, "search");

        await page.FillAsync("header input[name=q]", "acceso abusivo");
        await page.PressAsync("header input[name=q]", "Enter");
        await Reached(page, "**q=acceso*");
        Assert.That(page.Url, Does.Contain("country=CO").And.Contain("country=PE"), "the filters survive a new query");
        Assert.That(await selected.CountAsync(), Is.EqualTo(2));

        await page.Locator("li.hit[data-country=CO] a.hit-title", new() { HasTextString = "269A" }).First.ClickAsync();
        await Reached(page, "**/statutes/co-ley-1273-2009?q=*#art-269a");
        Assert.That(await page.Locator("section#art-269a p mark").CountAsync(), Is.GreaterThan(0), "the query's words are marked when reached from a search");
        var heading = page.Locator("section#art-269a h2");
        var box = (await heading.BoundingBoxAsync())!;
        var header = (await page.Locator("header.top").BoundingBoxAsync())!;
        var headerBottom = await page.Locator("header.top").EvaluateAsync<string>("h => getComputedStyle(h).position") == "sticky" ? header.Y + header.Height : 0;
        Assert.That(box.Y, Is.GreaterThanOrEqualTo(headerBottom - 1), "the heading is not under the sticky header");
        Assert.That(box.Y + box.Height, Is.LessThanOrEqualTo(page.ViewportSize!.Height), "the heading is in the viewport");
        await page.Locator("section#art-269a button.copy").ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status]")).ToContainTextAsync("Ley 1273 de 2009 (CO), art. 269A");
        await Shot(page, width, "statute");

        await page.GotoAsync(server.BaseUrl + "/compare");
        await page.SelectOptionAsync("#offence", "illegal-access");
        await page.SelectOptionAsync("#country-1", "CO");
        await page.SelectOptionAsync("#country-2", "BR");
        await page.SelectOptionAsync("#country-3", "US");
        await page.SelectOptionAsync("#country-4", "CA");
        await page.Locator("form.compare-controls button[type=submit]").ClickAsync();
        await Reached(page, "**offence=illegal-access*");
        var columns = await page.Locator("tr.citations td").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.country ?? 'reference')");
        Assert.That(columns, Is.EqualTo(new[] { "reference", "CO", "BR", "US", "CA" }), "Convention first, then the countries as chosen");
        Assert.That(await page.Locator("tr.citations td.reference").InnerTextAsync(), Does.Contain("art. 2"));
        Assert.That(await page.Locator("tr.citations td[data-country=US]").InnerTextAsync(), Does.Contain("§ 1030"));
        Assert.That(await page.Locator("tr.citations td[data-country=CA]").InnerTextAsync(), Does.Contain("342.1"));
        await Shot(page, width, "compare");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.That(csv, Does.Contain("INT,reference,").And.Contain("§ 1030").And.Contain("Ley 1273 de 2009 (CO), art. 269A"));

        await page.Locator("nav.ui-languages a[hreflang=es]").ClickAsync();
        await Reached(page, "**ui=es*");
        Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("es"));
        Assert.That(await page.Locator("h1").InnerTextAsync(), Is.EqualTo("Comparar: Acceso ilícito"));
        Assert.That(await page.Locator("thead th.reference").InnerTextAsync(), Is.EqualTo("Convenio de Budapest"));
        Assert.That(await page.Locator("tr.texts td[data-country=BR]").GetAttributeAsync("lang"), Is.EqualTo("pt"));

        await page.FillAsync("header input[name=q]", "\"acceso abusivo");
        await page.PressAsync("header input[name=q]", "Enter");
        var problem = page.Locator(".query-error");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        Assert.That(await problem.InnerTextAsync(), Does.Contain("comillas").Or.Contain("frase"), "the message is in Spanish, the language kept by the cookie");
        await Shot(page, width, "syntax-error");
        await problem.Locator("a[href^='/help']").ClickAsync();
        await Reached(page, "**/help#*");
        Assert.That(await page.Locator("h1").InnerTextAsync(), Is.EqualTo("Cómo escribir una consulta"));
        await Shot(page, width, "help");
        Assert.That(errors, Is.Empty, "no script or CSP errors in the console");
    }

    [Test]
    public async Task The_offences_matrix_names_Colombia_269A_for_illegal_access_and_shows_gaps()
    {
        var page = await NewPage(1366);
        await page.GotoAsync(server.BaseUrl + "/offences");

        var cell = page.Locator("tr[data-country=CO] td[data-offence=illegal-access] a");
        Assert.That(await cell.InnerTextAsync(), Is.EqualTo("269A"));
        Assert.That(await cell.GetAttributeAsync("href"), Is.EqualTo("/statutes/co-ley-1273-2009#art-269a"));
        var gap = page.Locator("td.gap").First;
        Assert.That(await gap.IsVisibleAsync(), Is.True);
        Assert.That(await gap.InnerTextAsync(), Does.Contain("—"));
        var counted = await page.Locator("tfoot td[data-offence=illegal-access]").InnerTextAsync();
        Assert.That(int.Parse(counted), Is.EqualTo(await page.Locator("tbody td[data-offence=illegal-access].has").CountAsync()));
        await Shot(page, 1366, "offences");
    }

    [TestCase("/search?q=acceso%20abusivo&country=CO")]
    [TestCase("/statutes/co-ley-1273-2009#art-269a")]
    [TestCase("/compare?offence=illegal-access&country=CO&country=BR&country=US")]
    [TestCase("/offences")]
    [TestCase("/help")]
    public async Task No_serious_or_critical_accessibility_violations(string url)
    {
        var page = await NewPage(1366, bypassCsp: true);
        await page.GotoAsync(server.BaseUrl + url);

        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.That(serious, Is.Empty, string.Join("\n", serious));
    }

    [Test]
    public async Task A_hostile_query_is_shown_as_text_and_runs_nothing()
    {
        var page = await NewPage(1366);
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
    public async Task Kestrel_sends_no_server_banner_and_the_security_headers()
    {
        using var client = new HttpClient();
        var response = await client.GetAsync(server.BaseUrl + "/search?q=acceso");

        Assert.That(response.Headers.Server, Is.Empty);
        Assert.That(response.Headers.Contains("Content-Security-Policy"), Is.True);
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }
}
