using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Classification;

/// <summary>Which lexicon terms fired for one offence code on one provision (kept for explanation).</summary>
public sealed record OffenceMatch(string Code, IReadOnlyList<string> Terms);

/// <summary>
/// Assigns offence codes to a provision by lexicon phrase matching, precision over recall: a term counts only in
/// the provision's heading or in the opening of its text (<see cref="LeadLength"/> characters), where statutes
/// name the conduct an article defines ("Artículo 269A. ACCESO ABUSIVO…", "Art. 154-A: Invadir dispositivo…",
/// "§1030 … accessed a computer without authorization"). Deeper mentions ("impedir el acceso no autorizado" among a
/// data controller's duties) are cross-references, not definitions. The lead also stops at a structural heading
/// ("CAPÍTULO II Acceso ilícito a sistemas…") that segmentation left at the end of the previous article: it names
/// the next articles, not this one. Preambles and annexes get no codes.
/// </summary>
public sealed class OffenceClassifier(ConceptLexicon lexicon)
{
    /// <summary>How much of the text, after the heading, can name the offence.</summary>
    public const int LeadLength = 420;

    public static OffenceClassifier Default { get; } = new(ConceptLexicon.Default);

    /// <summary>
    /// The last line of the division headings printed just above the provision ("CAPITULO III BIS ⏎ Extorsión" →
    /// "Extorsión"): where a code gives its articles no headings, the chapter's name says what its first article
    /// defines. Outer titles ("DELITOS CONTRA LA PROPIEDAD") are too broad and are left out.
    /// </summary>
    private static string InnermostDivision(Provision provision) =>
        provision.Divisions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    public IReadOnlyList<OffenceMatch> Classify(Provision provision)
    {
        if (provision.Kind != ProvisionKinds.Article) return [];
        var lead = Lead(provision.Text, OwnNumberLine(provision));
        var present = TermsIn(ConceptLexicon.NormalizePhrase($"{provision.Heading} {InnermostDivision(provision)} {lead}"));
        if (present.Count == 0) return [];
        var matches = new List<OffenceMatch>();
        foreach (var (code, languages) in lexicon.Concepts)
        {
            var fired = languages.Values.SelectMany(t => t).Where(present.Contains).Distinct().ToList();
            if (fired.Count > 0) matches.Add(new OffenceMatch(code, fired));
        }
        return matches;
    }

    /// <summary>Every lexicon term (folded, single-spaced) by its first word: a text is read word by word, not once per term.</summary>
    private readonly Dictionary<string, List<(string Term, string[] Words)>> termsByFirstWord = lexicon.Concepts.Values
        .SelectMany(languages => languages.Values).SelectMany(terms => terms)
        .Where(term => term.Length > 0).Distinct()
        .Select(term => (Term: term, Words: term.Split(' ')))
        .GroupBy(t => t.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>The lexicon terms that occur as whole words in <paramref name="folded"/> (a <see cref="ConceptLexicon.NormalizePhrase"/> text).</summary>
    private HashSet<string> TermsIn(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (!termsByFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (term, termWords) in candidates)
            {
                if (i + termWords.Length <= words.Length && words.AsSpan(i, termWords.Length).SequenceEqual(termWords)) present.Add(term);
            }
        }
        return present;
    }

    /// <summary>
    /// Segmentation puts a division heading that precedes an article at the start of its text ("CAPÍTULO II …
    /// Artículo 211 bis 1.- Al que…"); the lead starts at the line that carries the article's own number.
    /// </summary>
    private static int OwnNumberLine(Provision provision)
    {
        var text = provision.Text;
        // Only a number starting within the lead counts: the search stops there rather than reading a long text to its end.
        var at = text.IndexOf(provision.Number, 0, Math.Min(text.Length, LeadLength + provision.Number.Length), StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || at > LeadLength) return 0;
        return text.LastIndexOf('\n', at - 1) + 1;
    }

    /// <summary>Up to <see cref="LeadLength"/> characters of <paramref name="text"/> from <paramref name="start"/>, cut at a structural heading (without copying the rest of a long text).</summary>
    private static string Lead(string text, int start)
    {
        var lead = text.Substring(start, Math.Min(LeadLength, text.Length - start));
        var heading = StructuralHeading.Match(lead);
        return heading.Success ? lead[..heading.Index] : lead;
    }

    private static readonly Regex StructuralHeading = new(@"\b(?:" + LanguageVocabulary.DivisionsEndingLead + @")\s+[IVXLC\d]+\b", RegexOptions.Compiled);
}
