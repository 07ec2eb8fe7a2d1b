using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using System.Text.RegularExpressions;

namespace LegalSearch.Tests.Analysis;

/// <summary>
/// The boundary markers' char filter gives, on every provision of the corpus, the tokens Lucene.Net's
/// PatternReplaceCharFilter gave with the patterns first written for it ($1 marker $2): same words, same positions,
/// same offsets into the statute's text, so the index it writes is the same.
/// </summary>
public sealed class MarkerCharFilterTests
{
    private const string S = TextBoundaries.SentenceMarker;
    private const string P = TextBoundaries.ParagraphMarker;

    /// <summary>The patterns as the markers were first written for Lucene.Net's filter (which replaces a match by running the pattern again on its text alone, so no lookbehind).</summary>
    private static readonly Regex ParagraphEnd = new(@"([.:;][""”»)]?)[ \t]*\r?\n\s*|[ \t]*\r?\n[ \t]*\r?\n\s*");
    private static readonly Regex SentenceEnd = new(@"((?:\p{Ll}{2}|\d|\))[.!?][""”»)]?)\s+([¿¡""“«(]?\p{Lu})");

    [Test]
    public void Every_corpus_provision_gets_the_tokens_and_offsets_of_the_pattern_replace_filter()
    {
        using var corpus = new CorpusReader();
        var fields = new HashSet<string> { IndexFields.Text, IndexFields.Heading, IndexFields.Divisions };
        var compared = 0;
        var markers = 0;
        for (var doc = 0; doc < corpus.Reader.MaxDoc; doc++)
        {
            var stored = StoredProvision.Read(corpus.Reader, doc, fields);
            var text = ProvisionSchema.ExactValue(stored.Value(IndexFields.Heading), stored.Value(IndexFields.Divisions), stored.Value(IndexFields.Text));
            var expected = Tokens(new PatternReplaceCharFilter(SentenceEnd, $"$1 {S} $2",
                new PatternReplaceCharFilter(ParagraphEnd, $"$1 {P} {S} ", new StringReader(text))));
            var actual = Tokens(TextBoundaries.Mark(new StringReader(text)));

            Assert.That(actual, Is.EqualTo(expected), $"document {doc}: {text[..Math.Min(120, text.Length)]}");
            compared++;
            markers += actual.Count(t => t.StartsWith(S, StringComparison.Ordinal) || t.StartsWith(P, StringComparison.Ordinal));
        }
        Assert.That(compared, Is.GreaterThan(9000));
        Assert.That(markers, Is.GreaterThan(compared), "the corpus texts have sentence and paragraph ends");
    }

    [Test]
    public void Words_after_a_longer_or_shorter_replacement_keep_their_offsets()
    {
        const string text = "fin.\n\n   Otro caso? Uno.  \n  Dos ab. ¿Tres?";
        var tokens = Tokens(TextBoundaries.Mark(new StringReader(text)));

        Assert.That(tokens.Where(t => !t.StartsWith("zz", StringComparison.Ordinal)).Select(t => t.Split(' ')[0]),
            Is.EqualTo(new[] { "fin", "Otro", "caso", "Uno", "Dos", "ab", "Tres" }));
        foreach (var token in tokens.Where(t => !t.StartsWith("zz", StringComparison.Ordinal)))
        {
            var parts = token.Split(' ');
            var (start, end) = (int.Parse(parts[1]), int.Parse(parts[2]));
            Assert.That(text[start..end], Is.EqualTo(parts[0]), token);
        }
    }

    /// <summary>"term start end increment" of every token the standard tokenizer reads through <paramref name="reader"/>.</summary>
    private static List<string> Tokens(TextReader reader)
    {
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offsets = tokenizer.AddAttribute<IOffsetAttribute>();
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        tokenizer.Reset();
        var tokens = new List<string>();
        while (tokenizer.IncrementToken()) tokens.Add($"{term} {offsets.StartOffset} {offsets.EndOffset} {increment.PositionIncrement}");
        tokenizer.End();
        return tokens;
    }
}
