namespace LegalSearch.Indexer.Languages;

/// <summary>How a provision is cited on our pages: "Ley 1273 de 2009 (CO), art. 269A", "… (US), § 1030", "… (BB), s. 4".</summary>
public static class CitationStyle
{
    private const string TreatyCountry = "INT";
    private const string SectionSignCountry = "US";

    /// <summary>The article label of a citation: the US Code cites "§", treaties "art." whatever their language, a statute its language's abbreviation.</summary>
    public static string ArticleLabel(string country, string language, string number) => country switch
    {
        SectionSignCountry => $"§ {number}",
        TreatyCountry => $"art. {number}",
        _ => $"{LanguageRegistry.Find(language)?.Citation.ArticleAbbreviation ?? "art."} {number}",
    };

    /// <summary>The label above a provision's text on the statute page: "Art. 269A".</summary>
    public static string ProvisionLabel(string number) => $"Art. {number}";

    /// <summary>The number of an article quoted by an amending one when its own number is taken: "5 (art. 3)".</summary>
    public static string QuotedNumber(string number, string hostNumber) => $"{number} (art. {hostNumber})";

    /// <summary>The heading of a column of article numbers (the Budapest Convention's, on the offences page).</summary>
    public const string ArticleColumn = "Art.";
}
