using LegalSearch.Indexer.Fetching;

namespace LegalSearch.Indexer.Crawling;

/// <summary>
/// Walks the link pages of the seeds breadth-first (robots.txt, scope, depth limit) and collects the document
/// links with their metadata. Every URL is considered once: a second link to it is skipped as a duplicate.
/// </summary>
public sealed class LinkDiscovery(HttpFetcher fetcher, RobotsPolicy robots, TextWriter log)
{
    public sealed record Outcome(
        List<string> LinkPages,
        List<DocumentCandidate> Documents,
        List<CrawlFailure> Failures,
        List<CrawlSkip> Skipped);

    public async Task<Outcome> RunAsync(CrawlSources sources, ISet<Uri> seen, CancellationToken cancellationToken)
    {
        var outcome = new Outcome([], [], [], []);
        var queue = new Queue<(Uri Url, int Depth, CrawlScope Scope)>();
        foreach (var seed in sources.Seeds)
        {
            if (seen.Add(seed.Url)) queue.Enqueue((seed.Url, 0, new CrawlScope(seed)));
            else outcome.Skipped.Add(new CrawlSkip(seed.Url.AbsoluteUri, "duplicate"));
        }

        while (queue.TryDequeue(out var page))
        {
            if (!await robots.IsAllowedAsync(page.Url, cancellationToken))
            {
                outcome.Skipped.Add(new CrawlSkip(page.Url.AbsoluteUri, "robots"));
                continue;
            }
            var response = await fetcher.GetAsync(page.Url, new FetchRequest(FetchRequest.HtmlTypes, RedirectRefusal: page.Scope.RefuseRedirect), cancellationToken);
            if (response.Body is not { } body)
            {
                outcome.Failures.Add(new CrawlFailure(page.Url.AbsoluteUri, response.Failure ?? "no body", "fetch"));
                continue;
            }
            outcome.LinkPages.Add(page.Url.AbsoluteUri);
            log.WriteLine($"link page {page.Url}");
            foreach (var link in LinkPageParser.Parse(body, response.ContentType))
            {
                Consider(link, page.Url, page.Depth, page.Scope, sources, seen, queue, outcome);
            }
        }
        return outcome;
    }

    private static void Consider(PageLink link, Uri pageUrl, int depth, CrawlScope scope, CrawlSources sources,
        ISet<Uri> seen, Queue<(Uri, int, CrawlScope)> queue, Outcome outcome)
    {
        var url = UrlNormalizer.Resolve(pageUrl, link.Href);
        if (url is null)
        {
            if (link.Href.Length > 0 && !link.Href.StartsWith('#')) outcome.Skipped.Add(new CrawlSkip(link.Href, "not an http link"));
            return;
        }
        var decision = scope.Classify(url);
        if (decision.Kind == LinkKind.Skipped)
        {
            outcome.Skipped.Add(new CrawlSkip(url.AbsoluteUri, decision.Reason!));
            return;
        }
        if (decision.Kind == LinkKind.LinkPage && depth + 1 > scope.Seed.MaxDepth)
        {
            outcome.Skipped.Add(new CrawlSkip(url.AbsoluteUri, "depth limit"));
            return;
        }
        if (!seen.Add(url))
        {
            outcome.Skipped.Add(new CrawlSkip(url.AbsoluteUri, "duplicate"));
            return;
        }
        if (decision.Kind == LinkKind.LinkPage)
        {
            queue.Enqueue((url, depth + 1, scope));
            return;
        }
        var entry = sources.EntryFor(url);
        outcome.Documents.Add(new DocumentCandidate(url, DocumentMetadata.For(url, entry, link), entry?.Id, scope));
    }
}
