using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LegalSearch.Indexer.Languages.En;

/// <summary>
/// The other spelling of an English word: the U.S. Code writes "offense", "defense", "organization", "behavior",
/// "program"; the Commonwealth statutes (Barbados, Canada) and the Convention "offence", "defence", "organisation",
/// "behaviour", "programme" (in the corpus: U.S. 2,565 "offense" to 1 "offence"; Barbados, Canada and the Convention
/// 441 "offence" to none). The stemmer keeps the two apart ("offens", "offenc"), so a query in one spelling missed the
/// provisions written in the other.
/// </summary>
public static class SpellingVariants
{
    private static readonly IReadOnlyDictionary<string, string> Words = Pairs(
        ("offence", "offense"), ("offences", "offenses"), ("defence", "defense"), ("defences", "defenses"),
        ("licence", "license"), ("licences", "licenses"), ("pretence", "pretense"),
        ("programme", "program"), ("programmes", "programs"), ("centre", "center"), ("centres", "centers"),
        ("judgement", "judgment"), ("judgements", "judgments"), ("catalogue", "catalog"), ("analyse", "analyze"),
        ("enrol", "enroll"), ("fulfil", "fulfill"),
        ("behaviour", "behavior"), ("honour", "honor"), ("labour", "labor"), ("favour", "favor"), ("colour", "color"),
        ("neighbour", "neighbor"), ("harbour", "harbor"), ("rumour", "rumor"), ("endeavour", "endeavor"));

    /// <summary>Endings of verbs and nouns in -ise / -ize ("organise", "authorisation", "criminalised"), longest first.</summary>
    private static readonly string[] IseEndings = ["isations", "isation", "ising", "ised", "ises", "ise"];

    /// <summary>Words in -ise that have no -ize form.</summary>
    private static readonly HashSet<string> IseWords = new(StringComparer.Ordinal)
    {
        "advise", "arise", "comprise", "compromise", "concise", "demise", "despise", "devise", "disguise", "enterprise",
        "excise", "exercise", "expertise", "franchise", "improvise", "merchandise", "noise", "otherwise", "paradise",
        "poise", "praise", "precise", "premise", "promise", "raise", "revise", "rise", "supervise", "surmise",
        "surprise", "televise", "wise", "chastise", "incise", "apprise", "circumcise", "likewise", "clockwise",
    };

    /// <summary>The other spelling of a lower-case word, or null.</summary>
    public static string? Of(string word)
    {
        if (Words.TryGetValue(word, out var other)) return other;
        foreach (var ending in IseEndings)
        {
            if (word.Length < ending.Length + 3 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word[..^ending.Length];
            return IseWords.Contains(stem + "ise") ? null : stem + "iz" + ending[2..];
        }
        foreach (var ending in IseEndings)
        {
            var ize = "iz" + ending[2..];
            if (word.Length < ize.Length + 3 || !word.EndsWith(ize, StringComparison.Ordinal)) continue;
            var stem = word[..^ize.Length];
            return stem.EndsWith('e') || stem.EndsWith('s') ? null : stem + ending; // "seize", "size"
        }
        return null;
    }

    private static Dictionary<string, string> Pairs(params (string British, string American)[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (british, american) in pairs)
        {
            map[british] = american;
            map[american] = british;
        }
        return map;
    }
}

/// <summary>Adds each word's other spelling (<see cref="SpellingVariants"/>) at the same position: for the words of a query, not the index.</summary>
public sealed class SpellingVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    /// <summary>The word just returned, to be returned again as <see cref="variant"/>; null when it has none.</summary>
    private State? pending;
    private string? variant;

    public SpellingVariantFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null)
        {
            RestoreState(pending);
            term.SetEmpty().Append(variant!);
            position.PositionIncrement = 0;
            variant = null;
            pending = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        variant = SpellingVariants.Of(term.ToString());
        if (variant is not null) pending = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending = null;
        variant = null;
    }
}
