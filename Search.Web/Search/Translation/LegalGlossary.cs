using System.Text.Json;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;

namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// Legal words the machine-translation dictionaries lack or render in another sense ("deceit" → "luto", "consent"
/// → "consentir", "processing" → "tramitación", "copyright" left as is): each entry one notion's usual words in en,
/// es, pt and fr. A query holding one of an entry's wordings in its own language (stemmed and folded, as a run of
/// words) is also searched with the entry's words in the other languages. The entries are kept by area in
/// <c>Translation/Glossary/*.json</c> (general, criminal law, data protection, public law), read as one glossary.
/// </summary>
public sealed class LegalGlossary
{
    /// <summary>An entry's words in one language, searched for a query holding a wording of the entry in another.</summary>
    public sealed record Rendering(string Notion, string Language, IReadOnlyList<string> Words);

    private sealed record Entry(string Notion, string Area, IReadOnlyDictionary<string, IReadOnlyList<string>> Words, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Tokens);

    private readonly IReadOnlyList<Entry> entries;

    /// <summary>
    /// Each language's wordings by their first word, with the entry's position: a text is compared only with the
    /// wordings that start with one of its words, not with every wording of the ~500 entries (a scan that cost every
    /// translated search, and every fed-back heading, a few percent of its time).
    /// </summary>
    private readonly IReadOnlyDictionary<(string Language, string First), IReadOnlyList<(int Entry, IReadOnlyList<string> Wording)>> byFirstWord;

    private LegalGlossary(IReadOnlyList<Entry> entries)
    {
        this.entries = entries;
        byFirstWord = entries
            .SelectMany((entry, index) => entry.Tokens.SelectMany(kv => kv.Value.Select(wording => (Key: (kv.Key, wording[0]), Value: (index, wording)))))
            .GroupBy(x => x.Key, x => x.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, IReadOnlyList<string>)>)[.. g]);
    }

    /// <summary>The entries one of whose wordings in <paramref name="language"/> <paramref name="words"/> hold as a run, in glossary order.</summary>
    private IEnumerable<Entry> Named(IReadOnlyList<string> words, string language) =>
        words.Distinct(StringComparer.Ordinal)
            .SelectMany(word => byFirstWord.TryGetValue((language, word), out var wordings) ? wordings : [])
            .Where(candidate => TokenList.ContainsRun(words, candidate.Wording))
            .Select(candidate => candidate.Entry)
            .Distinct()
            .Order()
            .Select(index => entries[index]);

    public static LegalGlossary Default { get; } = Parse([.. ReadEmbedded()]);

    /// <summary>Every notion of the glossary with its words by language, as written (for checks over the whole glossary).</summary>
    public IEnumerable<(string Notion, IReadOnlyDictionary<string, IReadOnlyList<string>> Words)> Notions =>
        entries.Select(e => (e.Notion, e.Words));

    /// <summary>The glossary of <paramref name="areas"/>: each area's name (its file's, "criminal") and JSON.</summary>
    public static LegalGlossary Parse(params (string Area, string Json)[] areas)
    {
        var rows = areas.SelectMany(area => (JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(area.Json) ?? []).Select(row => (area.Area, Row: row)));
        var entries = new List<Entry>();
        foreach (var (area, row) in rows)
        {
            var notion = row["concept"].GetString() ?? "";
            var words = row.Where(kv => kv.Key != "concept")
                .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value.EnumerateArray().Select(v => v.GetString() ?? "").Where(w => w.Length > 0)], StringComparer.Ordinal);
            var tokens = words.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<IReadOnlyList<string>>)[.. kv.Value.Select(w => Analyze(kv.Key, w)).Where(t => t.Count > 0)], StringComparer.Ordinal);
            entries.Add(new Entry(notion, area, words, tokens));
        }
        return new LegalGlossary(entries);
    }

    /// <summary>The other languages' words of every entry that <paramref name="text"/> (written in <paramref name="language"/>) names.</summary>
    public IEnumerable<Rendering> Renderings(string text, string language, IReadOnlyCollection<string> targets)
    {
        foreach (var entry in Named(Analyze(language, text), language))
        {
            foreach (var target in targets.Where(t => t != language && entry.Words.ContainsKey(t)))
            {
                yield return new Rendering(entry.Notion, target, entry.Words[target]);
            }
        }
    }

    /// <summary>
    /// The notions whose wording <paramref name="text"/> (written in <paramref name="language"/>) holds, in glossary
    /// order; those of the area <paramref name="exceptArea"/> (a file's name: "general") left out.
    /// </summary>
    public IEnumerable<string> NotionsNamedBy(string text, string language, string? exceptArea = null) =>
        Named(Analyze(language, text), language).Where(e => e.Area != exceptArea).Select(e => e.Notion);

    /// <summary>The words of <paramref name="notion"/> in each of <paramref name="targets"/> it has words in.</summary>
    public IEnumerable<Rendering> RenderingsOf(string notion, IReadOnlyCollection<string> targets) =>
        entries.Where(e => e.Notion == notion)
            .SelectMany(e => targets.Where(e.Words.ContainsKey).Select(t => new Rendering(e.Notion, t, e.Words[t])));

    private static IReadOnlyList<string> Analyze(string language, string text) => LanguageWords.Of(language, ConceptLexicon.NormalizePhrase(text));

    /// <summary>The glossary's files (embedded from <c>Translation/Glossary/</c>), in name order.</summary>
    private static IEnumerable<(string Area, string Json)> ReadEmbedded()
    {
        const string folder = ".Translation.Glossary.";
        var assembly = typeof(LegalGlossary).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (name[(name.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..^".json".Length], reader.ReadToEnd());
        }
    }
}
