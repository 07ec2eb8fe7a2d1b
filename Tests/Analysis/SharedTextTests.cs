using System.Globalization;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Languages;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LegalSearch.Tests.Analysis;

/// <summary>
/// The exact field and the language field share the analysis of the provision text (<see cref="SharedTextFilter"/>),
/// and the language chain matches its stop words as written: on every provision of the corpus, each of the two fields
/// gets, as the IndexWriter reads a document's fields, the terms, positions, offsets and types the chains gave before
/// (each field analysing its own values, stop words ignoring case), value gaps and end offsets included.
/// </summary>
public sealed class SharedTextTests
{
    private static readonly Analyzer Writing = AnalyzerFactory.CreatePerField();

    [Test]
    public void Every_corpus_provision_gets_the_tokens_of_each_field_analysing_its_own_values()
    {
        using var corpus = new CorpusReader();
        var fields = new HashSet<string> { IndexFields.Text, IndexFields.Heading, IndexFields.Divisions, IndexFields.Language };
        var compared = 0;
        var shared = 0;
        for (var doc = 0; doc < corpus.Reader.MaxDoc; doc++)
        {
            var stored = StoredProvision.Read(corpus.Reader, doc, fields);
            var language = stored.Value(IndexFields.Language) ?? "";
            var heading = stored.Value(IndexFields.Heading);
            var divisions = stored.Value(IndexFields.Divisions) ?? "";
            var text = stored.Value(IndexFields.Text) ?? "";
            AssertSameTokens(language, heading, divisions, text, $"document {doc}");
            compared++;
            var exact = ProvisionSchema.ExactValue(heading, divisions, text);
            if (text.Length > 0 && TextBoundaries.MarksApart(exact, exact.Length - text.Length)) shared++;
        }
        TestContext.Out.WriteLine($"{shared} of {compared} provisions share the text's analysis");
        Assert.That(compared, Is.GreaterThan(9000));
        Assert.That(shared, Is.GreaterThan(compared / 2), "most provisions share the text's analysis");
    }

    /// <summary>Joins where the exact field cannot take the text's tokens from alone, and some where it can.</summary>
    [TestCase("Acceso abusivo?", "El que acceda. Otro caso.")]
    [TestCase("Acceso abusivo.", "El que acceda.")]
    [TestCase("Acceso abusivo.\u00A0", "El que acceda.")]
    [TestCase("Acceso \"abusivo.\"", "El que acceda.")]
    [TestCase("Acceso abusivo:", "a) uno; b) dos.")]
    [TestCase("Acceso (abusivo)", "El que acceda.")]
    [TestCase("Acceso abusivo", "  El que acceda.")]
    [TestCase("Acceso abusivo", "\n\nEl que acceda.")]
    [TestCase("Acceso abusivo", "\u0301El que acceda.")]
    [TestCase("Acceso abusivo 269A", "1. El que acceda")]
    [TestCase("", "El que acceda. Y otro.")]
    [TestCase("Acceso", "")]
    public void Joins_of_heading_and_text_keep_the_tokens(string heading, string text)
    {
        AssertSameTokens("es", heading, "", text, "heading only");
        AssertSameTokens("es", heading, "Título VII bis\nCapítulo I", text, "with divisions");
        AssertSameTokens("fr", heading, "", text, "another language");
        AssertSameTokens("es", heading + new string('x', 300), "", text, "a word too long before the join");
    }

    [Test]
    public void A_text_analysed_twice_in_a_row_or_after_another_keeps_its_tokens()
    {
        AssertSameTokens("es", "Uno", "", "El que acceda.", "first");
        AssertSameTokens("es", "Uno", "", "El que acceda.", "the same text again");
        AssertSameTokens("pt", "Dois", "", "Quem acessar indevidamente.", "another text");
    }

    /// <summary>
    /// Matching the stop words as written finds the words the set ignoring case found: every token is lower-cased first,
    /// and lower-casing a lower-cased character (as the lower-case filter does, invariant) gives it back, as J2N's does.
    /// </summary>
    [Test]
    public void Lower_casing_a_lower_cased_character_leaves_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            var lower = char.ToLowerInvariant((char)c);
            Assert.That(J2N.Character.ToLower(lower, CultureInfo.InvariantCulture), Is.EqualTo(lower), $"U+{c:X4}");
            Assert.That(J2N.Character.ToLower((int)lower, CultureInfo.InvariantCulture), Is.EqualTo(lower), $"U+{c:X4}");
            Assert.That(J2N.Character.ToLower((int)lower), Is.EqualTo(lower), $"U+{c:X4}");
        }
    }

    private static void AssertSameTokens(string language, string? heading, string divisions, string text, string what)
    {
        var statute = new Statute("xx-shared", new StatuteMetadata("XX", language, "Ley", null, 2020), language, "shared.txt", []);
        var provision = new Provision("1", ProvisionKinds.Article, heading, [], text, 0, Divisions: divisions);
        var document = ProvisionDocumentBuilder.Build(statute, provision, [], DateTimeOffset.UnixEpoch);
        var written = Invert(document, Writing);

        var field = IndexFields.TextIn(IndexFields.Languages.Contains(language) ? language : LanguageRegistry.Fallback);
        var languageValues = new[] { text, heading, string.IsNullOrEmpty(divisions) ? null : divisions }.OfType<string>();
        var before = new Dictionary<string, List<string>>
        {
            [IndexFields.Exact] = Tokens(new BeforeSharing(null), IndexFields.Exact, [ProvisionSchema.ExactValue(heading, divisions, text)]),
            [field] = Tokens(new BeforeSharing(LanguageRegistry.Find(field[5..])?.Code ?? field[5..]), field, languageValues),
        };
        foreach (var (name, expected) in before)
        {
            Assert.That(written[name], Is.EqualTo(expected), $"{what}, {name}: {heading} | {text[..Math.Min(100, text.Length)]}");
        }
    }

    /// <summary>Every tokenized field of the document as the IndexWriter reads it: fields in the order of their names, each field's values in order.</summary>
    private static Dictionary<string, List<string>> Invert(Lucene.Net.Documents.Document document, Analyzer analyzer) =>
        document.Fields
            .Where(f => f.IndexableFieldType.IsIndexed && f.IndexableFieldType.IsTokenized)
            .GroupBy(f => f.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Tokens(analyzer, g.Key, g.Select(f => (Func<Analyzer, TokenStream>)f.GetTokenStream)));

    private static List<string> Tokens(Analyzer analyzer, string field, IEnumerable<string> values) =>
        Tokens(analyzer, field, values.Select(v => (Func<Analyzer, TokenStream>)(a => a.GetTokenStream(field, v))));

    /// <summary>"term position start end type" of every token, and "end position offset" after each value, with the gaps between values.</summary>
    private static List<string> Tokens(Analyzer analyzer, string field, IEnumerable<Func<Analyzer, TokenStream>> values)
    {
        var tokens = new List<string>();
        var position = -1;
        var offsetBase = 0;
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                position += analyzer.GetPositionIncrementGap(field);
                offsetBase += analyzer.GetOffsetGap(field);
            }
            first = false;
            using var stream = value(analyzer);
            // A numeric point's stream has no terms as text: it is read through, as the writer reads it, but not listed.
            var term = stream.HasAttribute<ICharTermAttribute>() ? stream.GetAttribute<ICharTermAttribute>() : null;
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                tokens.Add($"{term} {position} {offsetBase + offset.StartOffset} {offsetBase + offset.EndOffset} {type.Type}");
            }
            stream.End();
            position += increment.PositionIncrement;
            offsetBase += offset.EndOffset;
            tokens.Add($"end {position} {offsetBase}");
        }
        return tokens;
    }

    /// <summary>The chains as they were before the sharing: each value analysed from its own text, stop words in a set that ignores case.</summary>
    private sealed class BeforeSharing(string? language) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => TextBoundaries.Mark(reader);

        public override int GetPositionIncrementGap(string fieldName) => TextBoundaries.ValueGap;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFolding(tokenizer);
            if (language is not null)
            {
                var definition = LanguageRegistry.Find(language);
                if (definition is not null) stream = definition.BeforeStopWords(stream);
                stream = new StopFilter(LuceneVersion.LUCENE_48, stream, LegalStopWords.For(language));
                if (definition is not null) stream = definition.Stem(stream);
            }
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }
    }
}
