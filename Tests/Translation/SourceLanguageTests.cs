using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Languages;
using LegalSearch.Tests.Retrieval;
using LegalSearch.Web.Search.Parsing;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalSearch.Tests.Translation;

/// <summary>
/// The language the translator reads a query in. It tries the source languages in tie-break order and stops at the
/// first whose dictionary knows every word; that must be the language the whole rule gives, with every source
/// language's analysis run (fewest unknown words; a tie to the language whose function words the query uses, then
/// to the first of <see cref="ApertiumPairs.Sources"/>).
/// </summary>
public sealed class SourceLanguageTests
{
    private static readonly string[] Languages = ["es", "pt", "en", "fr", "nl"];

    [Test]
    public void Stopping_at_the_first_language_that_knows_every_word_reads_every_evaluation_query_as_trying_all_does()
    {
        using var translator = ApertiumTranslator.Create(new TranslationOptions(), NullLogger.Instance)
            ?? throw new InvalidOperationException("Apertium is not installed (apertium-eng-spa, apertium-es-pt, apertium-fr-es)");
        var pipelines = translator.Pipelines.ToDictionary(p => p.Pair, StringComparer.Ordinal);
        var texts = new[] { EvaluationSet.Tuning, EvaluationSet.HeldOut, EvaluationSet.HeldOut2, EvaluationSet.HeldOut3 }
            .SelectMany(set => EvaluationSet.Load(set))
            .Select(q => ApertiumText.Clean(q.Query.Replace("\"", "", StringComparison.Ordinal)))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var read = texts.Select(text => (Text: text, All: ByTryingAll(text, pipelines), Found: translator.Translate([new QueryTerm(text, false)], Languages).SourceLanguage)).ToList();

        Assert.That(read.Where(r => r.All != r.Found).Select(r => $"{r.Text}: {r.All} by trying all, {r.Found} found"), Is.Empty);
        Assert.That(read.Select(r => r.All).Distinct(), Is.SupersetOf(new[] { "en", "es", "pt", "fr" }), "queries in each source language");
        Assert.That(read.Count(r => r.All is not null && UnknownWords(r.Text, r.All, pipelines) > 0), Is.GreaterThan(0),
            "queries whose language's dictionary does not know every word (the search goes on through the others)");
    }

    /// <summary>The rule with every source language's analysis run.</summary>
    private static string? ByTryingAll(string text, IReadOnlyDictionary<string, ApertiumPipeline> pipelines)
    {
        var unknown = ApertiumPairs.Sources.ToDictionary(source => source, source => UnknownWords(text, source, pipelines));
        var fewest = unknown.Values.Min();
        if (fewest >= ApertiumText.WordCount(text)) return null;
        var profile = LanguageDetector.Scores(text);
        return unknown.Where(kv => kv.Value == fewest).Select(kv => kv.Key)
            .OrderByDescending(l => profile.GetValueOrDefault(l))
            .ThenBy(l => ApertiumPairs.Sources.ToList().IndexOf(l))
            .First();
    }

    private static int UnknownWords(string text, string source, IReadOnlyDictionary<string, ApertiumPipeline> pipelines) =>
        ApertiumText.UnknownWords(pipelines[ApertiumPairs.All[(source, ApertiumPairs.FirstStep(source))]].Translate(text)
            ?? throw new InvalidOperationException($"the {source} pipeline did not answer"));
}
