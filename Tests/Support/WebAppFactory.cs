using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LegalSearch.Tests.Support;

/// <summary>
/// The real Search.Web app in process, over a given index folder (and corpus, for the build-on-start path and
/// reindexing), with more settings when a test needs them (e.g. "Admin:TokenFile").
/// </summary>
public sealed class WebAppFactory(string indexPath, string? corpusPath = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Index:Path", indexPath);
        builder.UseSetting("Index:RefreshSeconds", "1");
        if (corpusPath is not null) builder.UseSetting("Corpus:Paths:0", corpusPath);
        builder.UseSetting("Corpus:Ocr", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }
}
