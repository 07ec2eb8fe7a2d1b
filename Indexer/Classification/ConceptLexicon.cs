using System.Text.Json;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Classification;

/// <summary>The multilingual concept lexicon (Classification/lexicon.json): offence code → language → folded terms.</summary>
public sealed class ConceptLexicon(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> concepts)
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Concepts { get; } = concepts;

    private static readonly Lazy<ConceptLexicon> Embedded = new(LoadEmbedded);

    public static ConceptLexicon Default => Embedded.Value;

    public static ConceptLexicon Parse(string json)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(json)
            ?? throw new InvalidDataException("concept lexicon is empty");
        var concepts = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        foreach (var (code, languages) in raw)
        {
            if (!OffenceCatalog.IsKnown(code)) throw new InvalidDataException($"concept lexicon names unknown offence code '{code}'");
            concepts[code] = languages.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<string>)kv.Value.Select(NormalizePhrase).Where(t => t.Length > 0).ToList());
        }
        return new ConceptLexicon(concepts);
    }

    /// <summary>
    /// Lower case, accents folded, the typographic apostrophe as the typed one ("l’intégrité" as "l'integrite", so a
    /// French term written with either matches text printed with either), other punctuation to spaces, single spaces:
    /// the form terms and texts are compared in.
    /// </summary>
    public static string NormalizePhrase(string text) => PhraseFolding.Of(text);

    private static ConceptLexicon LoadEmbedded()
    {
        var assembly = typeof(ConceptLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("lexicon.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
