using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Classification;

/// <summary>Which lexicon terms fired for one offence code on one provision (kept for explanation).</summary>
public sealed record OffenceMatch(string Code, IReadOnlyList<string> Terms);

/// <summary>Assigns offence codes to a provision from its heading and text by lexicon phrase matching (precision over recall).</summary>
public sealed class OffenceClassifier(ConceptLexicon lexicon)
{
    public static OffenceClassifier Default { get; } = new(ConceptLexicon.Default);

    public IReadOnlyList<OffenceMatch> Classify(Provision provision)
    {
        var haystack = " " + ConceptLexicon.NormalizePhrase($"{provision.Heading} {provision.Text}") + " ";
        var matches = new List<OffenceMatch>();
        foreach (var (code, languages) in lexicon.Concepts)
        {
            var fired = languages.Values.SelectMany(t => t)
                .Where(term => term.Length > 0 && haystack.Contains(" " + term + " ", StringComparison.Ordinal))
                .Distinct()
                .ToList();
            if (fired.Count > 0) matches.Add(new OffenceMatch(code, fired));
        }
        return matches;
    }
}
