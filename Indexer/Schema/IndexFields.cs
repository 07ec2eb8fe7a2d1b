using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Schema;

/// <summary>The Lucene field names of a provision document (DESIGN.md, "Lucene schema"). The only place they are spelled; what each field holds is defined once in <see cref="ProvisionSchema"/>.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string StatuteId = "statute_id";
    public const string Country = "country";
    public const string Language = "language";
    public const string Year = "year";
    public const string YearPoint = "year_point";
    public const string LawNumber = "law_number";
    public const string Title = "title";
    public const string Article = "article";

    /// <summary>The article number as one token (<see cref="Analysis.ArticleKey"/>), for queries such as "154-A".</summary>
    public const string ArticleKey = "article_key";
    public const string Kind = "kind";
    public const string Heading = "heading";
    public const string Path = "path";
    public const string Text = "text";
    public const string Exact = "exact";
    public const string Offence = "offence";
    public const string OffenceTerms = "offence_terms";
    public const string Ordinal = "ordinal";
    public const string SourceUrl = "source_url";
    public const string Source = "source";
    public const string Ocr = "ocr";
    public const string Corrections = "corrections";
    public const string IndexedAt = "indexed_at";

    /// <summary>sha256 of the source bytes the statute was extracted from: an unchanged source is not extracted again.</summary>
    public const string ContentHash = "content_hash";

    /// <summary>Editorial apparatus apart from the operative <see cref="Text"/>: source credits, amendment notes, concordances.</summary>
    public const string Notes = "notes";

    /// <summary>The division headings printed above the provision (stored for display; searched with the text).</summary>
    public const string Divisions = "divisions";

    /// <summary>Which text of the statute ("current", "published"): editions of one provision fold at search time.</summary>
    public const string Edition = "edition";

    /// <summary>How the source file was made ("Planalto page printed to PDF"), split off the catalogue title.</summary>
    public const string EditionDescription = "edition_description";
    public const string CountryName = "country_name";

    /// <summary>Year (or date) of enactment; <see cref="Year"/> holds the same year for the filter.</summary>
    public const string Enacted = "enacted";

    /// <summary>Date (or year) of the consolidation the source gives, when it states one.</summary>
    public const string AsOf = "as_of";

    /// <summary>The statute's segmentation report, stored on its first provision (stats --statute).</summary>
    public const string Segmentation = "segmentation";

    /// <summary>Languages with their own analyzed text field: every registered language.</summary>
    public static IReadOnlyList<string> Languages => LanguageRegistry.Codes;

    /// <summary>"text_es", "text_pt"...: the provision text analyzed in its own language.</summary>
    public static string TextIn(string language) => $"text_{language}";

    /// <summary>Fields counted as facets on search results (the definitions marked as facets in <see cref="ProvisionSchema"/>).</summary>
    public static IReadOnlyList<string> Facets => ProvisionSchema.FacetNames;

    /// <summary>The doc-values field holding a facet's values ("facet_country"...).</summary>
    public static string FacetOf(string field) => $"facet_{field}";

    /// <summary>
    /// The single-valued doc-values copy of a stored keyword ("value_country"...): what search reads for every hit of
    /// its ranking window (the edition fold's key, country, language) without decompressing stored documents.
    /// </summary>
    public static string ValueOf(string field) => $"value_{field}";

    /// <summary>Separator between path elements in the stored <see cref="Path"/> field.</summary>
    public const string PathSeparator = " › ";
}
