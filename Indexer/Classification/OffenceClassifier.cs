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
        var present = TermsIn(FoldedLead(provision));
        if (present.Count == 0) return [];
        var fired = new SortedSet<int>();
        foreach (var term in present) fired.UnionWith(codes.Of(term));
        var matches = new List<OffenceMatch>(fired.Count);
        foreach (var index in fired)
        {
            var (code, terms) = codes.All[index];
            matches.Add(new OffenceMatch(code, [.. terms.Where(present.Contains)]));
        }
        return matches;
    }

    /// <summary>What terms are looked for in: the heading, the innermost division heading and the lead, folded.</summary>
    internal static string FoldedLead(Provision provision) =>
        ConceptLexicon.NormalizePhrase($"{provision.Heading} {InnermostDivision(provision)} {Lead(provision.Text, OwnNumberLine(provision))}");

    /// <summary>The lexicon's codes with their terms, and the codes of each term.</summary>
    private readonly LexiconCodes codes = new(lexicon);

    /// <summary>Every lexicon term (folded, single-spaced) by its first word: a text is read word by word, not once per term.</summary>
    private readonly Dictionary<string, List<(string Term, string[] Words)>> termsByFirstWord = lexicon.Concepts.Values
        .SelectMany(languages => languages.Values).SelectMany(terms => terms)
        .Where(term => term.Length > 0).Distinct()
        .Select(term => (Term: term, Words: term.Split(' ')))
        .GroupBy(t => t.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>
    /// The lexicon terms that occur as whole words in <paramref name="folded"/> (a <see cref="ConceptLexicon.NormalizePhrase"/>
    /// text): its words (split at spaces) are compared where they stand, without a string for each.
    /// </summary>
    private HashSet<string> TermsIn(string folded)
    {
        var firstWords = termsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var text = folded.AsSpan();
        for (var start = NextWord(text, 0); start < text.Length; start = NextWord(text, start))
        {
            var word = Word(text, start);
            if (firstWords.TryGetValue(word, out var candidates))
            {
                foreach (var (term, termWords) in candidates)
                {
                    if (!present.Contains(term) && StartsWithWords(text, start, termWords)) present.Add(term);
                }
            }
            start += word.Length;
        }
        return present;
    }

    /// <summary>Where the word at or after <paramref name="from"/> starts (the text's length when none is left).</summary>
    private static int NextWord(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from] == ' ') from++;
        return from;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, int start)
    {
        var length = text[start..].IndexOf(' ');
        return length < 0 ? text[start..] : text.Slice(start, length);
    }

    /// <summary>True when the words from <paramref name="start"/> on are <paramref name="words"/>, one after the other.</summary>
    private static bool StartsWithWords(ReadOnlySpan<char> text, int start, string[] words)
    {
        foreach (var expected in words)
        {
            if (start >= text.Length) return false;
            var word = Word(text, start);
            if (!word.SequenceEqual(expected)) return false;
            start = NextWord(text, start + word.Length);
        }
        return true;
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

/// <summary>
/// Each offence code of a lexicon, in its order, with its terms in order (every language's, each once), and the codes
/// (indexes into <see cref="All"/>) that name each term: a provision's codes are those of its present terms, each with its
/// present terms in this order — what reading every code's terms and keeping the present ones gives, without reading them all.
/// </summary>
internal sealed class LexiconCodes
{
    private readonly Dictionary<string, int[]> codesByTerm;

    public LexiconCodes(ConceptLexicon lexicon)
    {
        All = [.. lexicon.Concepts.Select(c => (c.Key, c.Value.Values.SelectMany(t => t).Where(t => t.Length > 0).Distinct().ToArray()))];
        codesByTerm = All
            .SelectMany((c, index) => c.Terms.Select(term => (Term: term, Index: index)))
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Index).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<(string Code, string[] Terms)> All { get; }

    /// <summary>The codes that name <paramref name="term"/> (a lexicon term), in lexicon order.</summary>
    public IReadOnlyList<int> Of(string term) => codesByTerm.TryGetValue(term, out var indexes) ? indexes : [];
}
