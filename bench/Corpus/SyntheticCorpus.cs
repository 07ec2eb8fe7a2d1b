using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Bench.Corpus;

/// <summary>
/// A larger corpus made from the real one, for how cost grows with size: statutes are copied in turn (same metadata,
/// provision count, headings and hierarchy), each provision renumbered 1, 2, … and its text made of as many sentences
/// as the original, drawn at random from all sentences of provisions in the same language. The seed fixes the output,
/// so both engines (and every run) index the same text; statutes are produced one at a time, never all in memory.
/// </summary>
internal sealed partial class SyntheticCorpus
{
    private const int MaxSentencesPerProvision = 40;
    private readonly IReadOnlyList<Statute> templates;
    private readonly Dictionary<string, string[]> sentencesByLanguage;
    private readonly int seed;

    public SyntheticCorpus(IReadOnlyList<Statute> real, int seed = 20261201)
    {
        templates = real;
        this.seed = seed;
        sentencesByLanguage = real.GroupBy(s => s.Language)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Provisions).SelectMany(p => Sentences(p.Text)).ToArray());
    }

    public IEnumerable<Statute> Generate(int provisions)
    {
        var random = new Random(seed);
        var produced = 0;
        for (var copy = 1; produced < provisions; copy++)
        {
            foreach (var template in templates)
            {
                if (produced >= provisions) yield break;
                var pool = sentencesByLanguage[template.Language];
                var count = Math.Min(template.Provisions.Count, provisions - produced);
                var made = new List<Provision>(count);
                for (var i = 0; i < count; i++)
                {
                    var original = template.Provisions[i];
                    var sentences = Math.Clamp(Sentences(original.Text).Count(), 1, MaxSentencesPerProvision);
                    var text = string.Join(" ", Enumerable.Range(0, sentences).Select(_ => pool[random.Next(pool.Length)]));
                    var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    made.Add(new Provision(number, ProvisionKinds.Article, original.Heading, original.Path, text, i));
                }
                produced += count;
                var metadata = template.Metadata with { Title = $"{template.Metadata.Title} (synthetic {copy})" };
                yield return new Statute($"{template.Id}-syn{copy}", metadata, template.Language, template.Source, made);
            }
        }
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.;:])\s+")]
    private static partial Regex SentenceEnd();
}
