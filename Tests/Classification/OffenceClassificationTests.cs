using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Classification;

/// <summary>
/// Offence codes of the cybercrime articles of five statutes, and of offences beyond the Convention in the criminal
/// codes, read back from the corpus index. "Must" codes
/// are what the article defines; "may" codes are defensible extras (Colombia 269J also punishes making the
/// programs used for it); articles that only define terms or aggravate penalties get no code.
/// </summary>
public sealed class OffenceClassificationTests
{
    private sealed record Expectation(string Statute, string Article, string[] Must, string[]? May = null);

    private static readonly Expectation[] Expectations =
    [
        new("co-ley-1273-2009", "269A", ["illegal-access"]),
        new("co-ley-1273-2009", "269B", ["system-interference"]),
        new("co-ley-1273-2009", "269C", ["illegal-interception"]),
        new("co-ley-1273-2009", "269D", ["data-interference"]),
        new("co-ley-1273-2009", "269E", ["misuse-of-devices"]),
        new("co-ley-1273-2009", "269F", ["personal-data-protection"]),
        new("co-ley-1273-2009", "269G", ["personal-data-protection"], ["computer-fraud"]),
        new("co-ley-1273-2009", "269H", []),
        new("co-ley-1273-2009", "269I", ["computer-fraud"]),
        new("co-ley-1273-2009", "269J", ["computer-fraud"], ["misuse-of-devices"]),
        new("mx-codigo-penal-federal", "211 bis 1", ["data-interference", "illegal-access"]),
        new("mx-codigo-penal-federal", "211 bis 2", ["data-interference"], ["illegal-access"]),
        new("mx-codigo-penal-federal", "211 bis 3", ["data-interference"], ["illegal-access"]),
        new("mx-codigo-penal-federal", "211 bis 4", ["data-interference"], ["illegal-access"]),
        new("mx-codigo-penal-federal", "211 bis 5", ["data-interference"], ["illegal-access"]),
        new("mx-codigo-penal-federal", "211 bis 6", []),
        new("mx-codigo-penal-federal", "211 bis 7", []),
        new("cl-ley-21459", "1", ["system-interference"]),
        new("cl-ley-21459", "2", ["illegal-access"]),
        new("cl-ley-21459", "3", ["illegal-interception"]),
        new("cl-ley-21459", "4", ["data-interference"]),
        new("cl-ley-21459", "5", ["computer-forgery"]),
        new("cl-ley-21459", "6", [], ["illegal-access", "illegal-interception"]),
        new("cl-ley-21459", "7", ["computer-fraud"]),
        new("cl-ley-21459", "8", ["misuse-of-devices"]),
        new("int-ets-185-pdf", "2", ["illegal-access"]),
        new("int-ets-185-pdf", "3", ["illegal-interception"]),
        new("int-ets-185-pdf", "4", ["data-interference"]),
        new("int-ets-185-pdf", "5", ["system-interference"]),
        new("int-ets-185-pdf", "6", ["misuse-of-devices"]),
        new("int-ets-185-pdf", "7", ["computer-forgery"]),
        new("int-ets-185-pdf", "8", ["computer-fraud"]),
        new("int-ets-185-pdf", "9", ["child-sexual-abuse-material"]),
        new("int-ets-185-pdf", "10", ["ip-infringement"]),
        new("int-ets-185-pdf", "11", ["attempt-aiding"]),
        new("ec-coip", "229", ["personal-data-protection"]),
        new("ec-coip", "230", ["illegal-interception"]),
        new("ec-coip", "231", ["computer-fraud"]),
        new("ec-coip", "232", ["data-interference", "system-interference"]),
        new("ec-coip", "233", []),
        new("ec-coip", "234", ["illegal-access"]),
        // Child sexual abuse material in the Optional Protocol's words ("toda representación de un menor de dieciocho
        // años dedicado a actividades sexuales explícitas"), not in the word "pornografía"; Mexico's grooming article
        // names the images it seeks in the same words.
        new("ar-ley-11179", "128", ["child-sexual-abuse-material"]),
        new("mx-codigo-penal-federal", "199 septies", ["child-grooming"], ["child-sexual-abuse-material"]),

        // Offences beyond the Convention, named by each code's own wording: swindling, threats, stalking and
        // bullying, racist material, extradition. The near misses name the same words in another offence (a threat
        // as the means of extortion, sexual harassment, procedural fraud, mutual assistance, extradition in passing).
        new("pe-decreto-legislativo-635", "196", ["fraud"]),
        new("br-decreto-lei-2848-1940", "171", ["fraud"]),
        new("ec-coip", "186", ["fraud"]),
        new("mx-codigo-penal-federal", "386", ["fraud"]),
        new("ar-ley-11179", "172", ["fraud"]),
        new("us-18-usc-part-i", "1341", ["fraud"]),
        new("br-decreto-lei-2848-1940", "175", []),
        new("ec-coip", "272", []),
        new("br-decreto-lei-2848-1940", "147", ["threats"]),
        new("ar-ley-11179", "149 bis", ["threats"]),
        new("mx-codigo-penal-federal", "282", ["threats"]),
        new("ec-coip", "154", ["threats"]),
        new("us-18-usc-part-i", "876", ["threats"]),
        new("br-decreto-lei-2848-1940", "158", ["extortion"]),
        new("pe-decreto-legislativo-635", "200", ["extortion"]),
        new("us-18-usc-part-i", "2261A", ["stalking"]),
        new("br-decreto-lei-2848-1940", "147-A", ["stalking"]),
        new("br-decreto-lei-2848-1940", "146-A", ["stalking"]),
        new("ec-coip", "154.2", ["stalking"]),
        new("bb-cybercrime-bill-2024", "20", ["stalking"]),
        new("ec-coip", "166", ["sexual-harassment"]),
        new("mx-codigo-penal-federal", "259 bis", ["sexual-harassment"]),
        new("int-ets-189", "3", ["racism-xenophobia"]),
        new("int-ets-189", "4", ["racism-xenophobia"], ["threats"]),
        new("int-ets-189", "5", ["racism-xenophobia"]),
        new("int-ets-189", "6", ["racism-xenophobia"]),
        new("int-ets-189", "3 nl", ["racism-xenophobia"]),
        new("int-ets-189", "4 nl", ["racism-xenophobia"], ["threats"]),
        new("ca-sc-2014-c-31", "320.1", ["racism-xenophobia"]),
        new("ec-coip", "177", ["racism-xenophobia"]),
        new("ec-coip", "79", []),
        new("int-ets-185-pdf", "24", ["extradition"]),
        new("int-ets-185-md", "24 nl", ["extradition"]),
        new("us-18-usc-part-ii", "3196", ["extradition"]),
        new("ec-constitucion-2008", "79", ["extradition"]),
        new("mx-cpeum", "15", ["extradition"]),
        new("int-ets-185-pdf", "25", ["mutual-assistance"]),
        new("int-ets-185-pdf", "22", []),
        new("ar-ley-11179", "50", []),
        new("bb-cybercrime-bill-2024", "6", ["data-interference"]),
        new("bb-cybercrime-bill-2024", "7", ["system-interference"]),
        new("bb-cybercrime-bill-2024", "22", ["attempt-aiding"]),
        new("ec-coip", "103", ["child-sexual-abuse-material"]),
        new("ec-coip", "208A", ["ip-infringement"]),
        new("ec-coip", "208B", ["ip-infringement"]),
        new("pe-decreto-legislativo-635", "216", ["ip-infringement"]),
        new("us-18-usc-part-i", "2319", ["ip-infringement"]),
        new("us-18-usc-part-i", "873", ["extortion"]),
        new("mx-cnpp", "437", ["mutual-assistance"]),
        new("ec-coip", "157", []),
        new("us-18-usc-part-i", "552", []),
        new("us-18-usc-part-i", "241", []),
        new("us-18-usc-part-i", "2258D", []),
        new("ca-lc-2014-ch-31", "342.2", ["misuse-of-devices"]),
        new("bb-cybercrime-bill-2024", "5", ["data-interference"]),
    ];

    /// <summary>
    /// Data-protection, cybersecurity-governance and public-law concepts: provisions that define the notion get its
    /// code; near misses (another "titular", the Access to Information Act named in
    /// passing, the same data-protection statute's other chapters) do not.
    /// </summary>
    private static readonly (string Statute, string Article, string Code, bool Expected)[] ConceptCases =
    [
        ("bb-data-protection-bill-2019", "7", "data-subject-consent", true),
        ("br-lei-13709-2018", "8", "data-subject-consent", true),
        ("co-ley-estatutaria-1581-2012", "9", "data-subject-consent", true),
        ("co-ley-estatutaria-1581-2012", "10", "data-subject-consent", true),
        ("ca-p-86-xml", "7.4", "data-subject-consent", true),
        ("ca-p-86", "6.1", "data-subject-consent", true),
        ("mx-cnpp", "144", "data-subject-consent", false),
        ("mx-codigo-penal-federal", "15", "data-subject-consent", false),
        ("ca-sc-2014-c-31", "162.1", "data-subject-consent", false),
        ("bb-data-protection-bill-2019", "12", "data-subject-rights", true),
        ("br-lei-13709-2018", "18", "data-subject-rights", true),
        ("co-ley-estatutaria-1581-2012", "8", "data-subject-rights", true),
        ("bb-data-protection-bill-2019", "22", "data-subject-rights", false),
        ("bb-data-protection-bill-2019", "58", "data-subject-rights", false),
        ("bb-data-protection-bill-2019", "22", "international-data-transfer", true),
        ("br-lei-13709-2018", "33", "international-data-transfer", true),
        ("co-ley-estatutaria-1581-2012", "26", "international-data-transfer", true),
        ("ca-p-86-xml", "23.1", "international-data-transfer", false),
        ("bb-data-protection-bill-2019", "70", "data-protection-authority", true),
        ("br-lei-13709-2018", "55-J", "data-protection-authority", true),
        ("co-ley-estatutaria-1581-2012", "19", "data-protection-authority", true),
        ("ca-p-86", "12.1", "data-protection-authority", true),
        ("co-ley-2125-2021", "17", "data-protection-authority", false),
        ("bb-data-protection-bill-2019", "9", "sensitive-personal-data", true),
        ("br-lei-13709-2018", "11", "sensitive-personal-data", true),
        ("co-ley-estatutaria-1581-2012", "5", "sensitive-personal-data", true),
        ("bb-data-protection-bill-2019", "2", "sensitive-personal-data", false),
        ("co-ley-1712-2014", "1", "access-to-public-information", true),
        ("ec-lotaip", "7", "access-to-public-information", true),
        ("ec-constitucion-2008", "91", "access-to-public-information", true),
        ("co-ley-1346-2009", "21", "access-to-public-information", false),
        ("br-lei-13709-2018", "23", "access-to-public-information", false),
    ];

    private Dictionary<(string Statute, string Article), IReadOnlyList<string>> codes = [];

    [OneTimeSetUp]
    public void ReadCodesFromIndex()
    {
        using var corpus = new CorpusReader();
        var reader = corpus.Reader;
        var searcher = new IndexSearcher(reader);
        foreach (var statute in Expectations.Select(e => e.Statute).Concat(ConceptCases.Select(c => c.Statute)).Distinct())
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexFields.StatuteId, statute)), 10_000).ScoreDocs;
            foreach (var doc in hits.Select(h => searcher.Doc(h.Doc)))
            {
                codes.TryAdd((statute, doc.Get(IndexFields.Article)), doc.GetValues(IndexFields.Offence));
            }
        }
        TestContext.Progress.WriteLine(Table());
        TestContext.Progress.WriteLine(CorpusTable(searcher, reader.MaxDoc));
    }

    [TestCaseSource(nameof(Cases))]
    public void Article_has_the_right_offence_codes(string statute, string article)
    {
        var expectation = Expectations.Single(e => e.Statute == statute && e.Article == article);
        Assert.That(codes.TryGetValue((statute, article), out var actual), Is.True, $"{statute} art. {article} is not in the index");

        Assert.That(actual, Is.SupersetOf(expectation.Must));
        Assert.That(actual, Is.SubsetOf(expectation.Must.Concat(expectation.May ?? [])));
    }

    [TestCaseSource(nameof(ConceptCaseData))]
    public void Provision_gets_a_concept_code_only_where_it_defines_the_notion(string statute, string article, string code, bool expected)
    {
        Assert.That(codes.TryGetValue((statute, article), out var actual), Is.True, $"{statute} art. {article} is not in the index");
        Assert.That(actual!.Contains(code), Is.EqualTo(expected), $"{statute} art. {article} codes: {string.Join(", ", actual ?? [])}");
    }

    private static IEnumerable<TestCaseData> ConceptCaseData() =>
        ConceptCases.Select(c => new TestCaseData(c.Statute, c.Article, c.Code, c.Expected).SetName($"{c.Statute} art {c.Article} {(c.Expected ? "gets" : "does not get")} {c.Code}"));

    [Test]
    public void Every_lexicon_code_is_a_design_offence_code_with_terms_in_four_languages()
    {
        foreach (var (code, languages) in ConceptLexicon.Default.Concepts)
        {
            Assert.That(OffenceCatalog.IsKnown(code), code);
            Assert.That(new[] { "es", "pt", "en", "fr" }.Where(l => !languages.TryGetValue(l, out var t) || t.Count == 0), Is.Empty, code);
        }
        Assert.That(ConceptLexicon.Default.Concepts.Keys, Is.EquivalentTo(OffenceCatalog.All.Select(o => o.Code)));
    }

    private static IEnumerable<TestCaseData> Cases() =>
        Expectations.Select(e => new TestCaseData(e.Statute, e.Article).SetName($"Codes of {e.Statute} art {e.Article}"));

    /// <summary>How many provisions of each statute carry each code, over the whole corpus.</summary>
    private static string CorpusTable(IndexSearcher searcher, int maxDoc)
    {
        var counts = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var live = MultiFields.GetLiveDocs(searcher.IndexReader);
        for (var i = 0; i < maxDoc; i++)
        {
            if (live is not null && !live.Get(i)) continue;
            var doc = searcher.Doc(i);
            foreach (var code in doc.GetValues(IndexFields.Offence))
            {
                var perCode = counts.TryGetValue(doc.Get(IndexFields.StatuteId), out var c) ? c : counts[doc.Get(IndexFields.StatuteId)] = new(StringComparer.Ordinal);
                perCode[code] = perCode.GetValueOrDefault(code) + 1;
            }
        }
        var text = new StringBuilder("provisions per offence code, whole corpus\n");
        foreach (var (statute, perCode) in counts)
        {
            text.AppendLine($"  {statute,-45} {string.Join(", ", perCode.Select(kv => $"{kv.Key} {kv.Value}"))}");
        }
        return text.ToString();
    }

    private string Table()
    {
        var text = new StringBuilder("offence codes per statute (from the corpus index)\n");
        foreach (var group in Expectations.GroupBy(e => e.Statute))
        {
            text.AppendLine(group.Key);
            foreach (var e in group)
            {
                var found = codes.TryGetValue((e.Statute, e.Article), out var actual) ? string.Join(", ", actual) : "(not segmented)";
                text.AppendLine($"  {e.Article,-10} {(found.Length == 0 ? "—" : found)}");
            }
        }
        return text.ToString();
    }
}
