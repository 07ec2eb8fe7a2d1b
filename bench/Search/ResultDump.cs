using System.Text.Json;
using LegalSearch.Bench.Engines;

namespace LegalSearch.Bench.Search;

/// <summary>
/// `dump FILE`: every query of the mix through the in-process service, written as one JSON line per query (total,
/// facets, each hit's id, score, snippet, other editions and "matched via"). Two builds' dumps compared with diff show that a speed-up changed no
/// result, ranking, count or marked word. With <c>--repeat</c> the whole mix is searched once first and the second pass is
/// written: what the caches kept for a repeated query (concepts, clause queries, translations, term states) then give the
/// same lines as a build or a pass without them.
/// </summary>
internal static class ResultDump
{
    public static void Write(BenchContext context, string file, bool repeat = false)
    {
        context.EnsureIndexes();
        using var search = new InProcessSearch(context.LuceneIndex);
        if (repeat)
        {
            foreach (var query in context.Mix) search.Search(query);
        }
        using var output = new StreamWriter(file);
        foreach (var query in context.Mix)
        {
            var response = search.Search(query);
            output.WriteLine(JsonSerializer.Serialize(new
            {
                query.Q,
                query.Country,
                query.Lang,
                response.Total,
                response.Facets,
                Hits = response.Hits.Select(h => new { h.Id, h.Score, h.Snippet, h.Editions, h.MatchedVia }),
            }));
        }
        context.Log.WriteLine($"{context.Mix.Count} queries written to {file}");
    }
}
