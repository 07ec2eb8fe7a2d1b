using LegalSearch.Indexer.Analysis;
using LegalSearch.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LegalSearch.Tests.Analysis;

/// <summary>The analyzers' lower-casing filter gives every token Lucene's LowerCaseFilter gives, on real statute text and on letters beyond Latin.</summary>
public sealed class LowerCaseFoldingTests
{
    [Test]
    public void Tokens_are_those_of_Lucenes_LowerCaseFilter()
    {
        var texts = new[]
        {
            File.ReadAllText(Path.Combine(TestPaths.SharedCorpus, "docs", "co", "ley-1712-2014-transparencia-acceso-informacion-suin.html")),
            File.ReadAllText(Path.Combine(TestPaths.SharedCorpus, "docs", "int", "coe-ets185-convention-on-cybercrime-en-nl-wetten-derived.md")),
            "ÁRBOL Ñandú ÇA Ÿ ǅ İstanbul ΣΊΣΥΦΟΣ Дело ＡＢＣ 𐐀𐐁 Straße ǈǉ Ǆ ȺȾ ẞ",
        };
        foreach (var text in texts)
        {
            Assert.That(Tokens(text, t => new LowerCaseFolding(t)), Is.EqualTo(Tokens(text, t => new LowerCaseFilter(LuceneVersion.LUCENE_48, t))));
        }
    }

    private static List<string> Tokens(string text, Func<TokenStream, TokenStream> lowerCase)
    {
        using var stream = lowerCase(new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        Assert.That(tokens, Has.Count.GreaterThan(10));
        return tokens;
    }
}
