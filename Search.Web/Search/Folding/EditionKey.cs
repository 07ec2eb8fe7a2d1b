using System.Text;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;

namespace LegalSearch.Web.Search.Folding;

/// <summary>
/// What makes two provisions editions of one: same country, same law, same year, same kind, same article number.
/// "Same law" compares law numbers without their parenthesised remarks, designators of one to three letters
/// ("Lei", "S.C."/"L.C.", "c."/"ch.", "No.") and thousands separators, so "Lei 13.709/2018" (HTML and PDF),
/// "S.C. 2014, c. 31" / "L.C. 2014, ch. 31" (the Canadian act in English and French) and "ETS No. 185" /
/// "ETS No. 185 (Tractatenblad…)" match, while "Cybercrime Bill, 2024" and "Child Protection Act, 2024" do not.
/// The article number drops the "(copy 2)" of a repeated wording and the language tag of a bilingual file ("10 nl").
/// </summary>
public static partial class EditionKey
{
    public static string Of(string country, string? lawNumber, string statuteId, int? year, string kind, string article) =>
        Join(country, year, Law(lawNumber) ?? statuteId, kind, Article(article));

    /// <summary>The key from its parts already compared as the key compares them: the law as <see cref="Law"/> gives it (or the statute), the article as <see cref="Article"/>.</summary>
    public static string Join(string country, int? year, string law, string kind, string articleKey) =>
        $"{country}|{year}|{law}|{kind}|{articleKey}";

    /// <summary>The comparable part of an article number: its <see cref="ArticleKey"/> without a copy's or a language's tag.</summary>
    public static string Article(string article) => ArticleKey.From(BaseArticle(article));

    /// <summary>The comparable part of a law number, or null when nothing is left of it.</summary>
    public static string? Law(string? lawNumber)
    {
        if (string.IsNullOrWhiteSpace(lawNumber)) return null;
        var text = ProvisionSlug.Fold(Parenthesised().Replace(lawNumber, " ").ToLowerInvariant());
        text = ThousandsSeparator().Replace(text, "");
        var kept = new StringBuilder();
        foreach (var token in NonWord().Split(text).Where(t => t.Length > 0))
        {
            if (!token.All(char.IsDigit) && token.Length <= 3) continue;
            kept.Append(kept.Length == 0 ? "" : " ").Append(token);
        }
        return kept.Length == 0 ? null : kept.ToString();
    }

    public static string BaseArticle(string article) => LanguageTag.Replace(Copy().Replace(article.Trim(), ""), "");

    /// <summary>" nl" after the number: the second language of a bilingual file.</summary>
    private static readonly Regex LanguageTag = new($@"\s+(?:{string.Join('|', LanguageRegistry.Codes)})$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?<=\d)[.,](?=\d)")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s*\((?:copy|copia|cópia)\s*\d+\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Copy();
}
