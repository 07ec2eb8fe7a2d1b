using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>One request the server received: path with query, User-Agent, whether it carried If-None-Match or
/// If-Modified-Since, when it arrived (since the server started) and how many requests were in progress then, itself included.</summary>
public sealed record ServedRequest(string Path, string UserAgent, bool Conditional, TimeSpan ArrivedAt, int InFlight);

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) serving the read-only shared folder (the shared corpus's parent)
/// as its web root, with /robots.txt from crawl-site/, plus fault-injection pages under /faults/. A test may
/// replace a served file (the copy lives in a temporary overlay folder) or remove it (404 from then on).
/// Every request's path and User-Agent is recorded, so a test can count what was fetched.
/// </summary>
public sealed class CrawlSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string overlay;
    private readonly ConcurrentDictionary<string, byte> removed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> requests = new();
    private readonly ConcurrentDictionary<string, byte> broken = new(StringComparer.Ordinal);
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private int inFlight;
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);

    private CrawlSiteServer(WebApplication app, string overlay)
    {
        this.app = app;
        this.overlay = overlay;
    }

    public static string SharedRoot => Path.GetDirectoryName(TestPaths.SharedCorpus)!;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Requests in arrival order.</summary>
    public IReadOnlyList<ServedRequest> Requests => requests.ToList();

    public void ClearRequests() => requests.Clear();

    public static async Task<CrawlSiteServer> StartAsync()
    {
        var overlay = TestPaths.NewTempFolder("crawl-overlay");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = SharedRoot, WebRootPath = SharedRoot });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CrawlSiteServer(app, overlay);
        server.Configure();
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>Serves these bytes at the path from now on (a new ETag and Last-Modified come with them).</summary>
    public void Replace(string path, byte[] bytes)
    {
        var file = Path.Combine(overlay, path.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1)); // a Last-Modified that differs from the original's
    }

    /// <summary>Serves the shared files as they are again: replacements and removals undone.</summary>
    public void Restore()
    {
        removed.Clear();
        broken.Clear();
        foreach (var file in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories)) File.Delete(file);
    }

    /// <summary>The path answers 503 from now on (until <see cref="Restore"/>).</summary>
    public void Break(string path) => broken[path] = 0;

    /// <summary>The path answers 404 from now on.</summary>
    public void Remove(string path) => removed[path] = 0;

    private void Configure()
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var conditional = context.Request.Headers.IfNoneMatch.Count > 0 || context.Request.Headers.IfModifiedSince.Count > 0;
            var concurrent = Interlocked.Increment(ref inFlight);
            requests.Enqueue(new ServedRequest(path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString(), conditional, clock.Elapsed, concurrent));
            try
            {
                if (removed.ContainsKey(path) || broken.ContainsKey(path))
                {
                    context.Response.StatusCode = removed.ContainsKey(path) ? StatusCodes.Status404NotFound : StatusCodes.Status503ServiceUnavailable;
                    return;
                }
                if (path == "/robots.txt") context.Request.Path = "/crawl-site/robots.txt";
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        });
        FaultPages.Map(app, hits);
        var files = new CompositeFileProvider(new PhysicalFileProvider(overlay), new PhysicalFileProvider(SharedRoot));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(overlay, recursive: true);
    }
}
