using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Schema.FieldTypes;

namespace LegalSearch.Indexer.Schema;

/// <summary>
/// Every field of a provision document, each defined once: where its value comes from, how it is written and
/// analyzed, how it reads back from a hit. To add a field, add one definition here and list it in <see cref="Fields"/>.
/// </summary>
public static class ProvisionSchema
{
    public static readonly KeywordField Id = new(IndexFields.Id, s => s.ProvisionId, docValue: true);
    public static readonly KeywordField StatuteId = new(IndexFields.StatuteId, s => s.Statute.Id, docValue: true);
    public static readonly KeywordField Country = new(IndexFields.Country, s => s.Statute.Metadata.Country, facet: true, docValue: true);
    public static readonly KeywordField Language = new(IndexFields.Language, s => s.Statute.Language, facet: true, docValue: true);
    /// <summary>The title as the law names itself, without the catalogue's production remarks (<see cref="EditionDescription"/>).</summary>
    public static readonly AnalyzedField Title = new(IndexFields.Title, s => s.Statute.Title.Title, AnalyzerFactory.Exact);
    public static readonly KeywordField LawNumber = new(IndexFields.LawNumber, s => s.Statute.Metadata.LawNumber, docValue: true);
    public static readonly YearField Year = new(IndexFields.Year, IndexFields.YearPoint, s => s.Statute.Metadata.Year);

    /// <summary>The normalized article number as written ("269A", "211 bis 1").</summary>
    public static readonly KeywordField Article = new(IndexFields.Article, s => s.Provision.Number, docValue: true);

    /// <summary>The article number as one token (<see cref="Analysis.ArticleKey"/>), for queries such as "154-A".</summary>
    public static readonly SearchOnlyField ArticleKey = new(IndexFields.ArticleKey, s => Analysis.ArticleKey.From(s.Provision.Number));

    public static readonly KeywordField Kind = new(IndexFields.Kind, s => s.Provision.Kind, docValue: true);
    public static readonly AnalyzedField Heading = new(IndexFields.Heading, s => s.Provision.Heading, AnalyzerFactory.Exact);

    /// <summary>The hierarchy above the provision, stored as one string joined by <see cref="IndexFields.PathSeparator"/>.</summary>
    public static readonly StoredOnlyField<IReadOnlyList<string>> Path = new(
        IndexFields.Path,
        s => s.Provision.Path,
        path => string.Join(IndexFields.PathSeparator, path),
        text => string.IsNullOrEmpty(text) ? [] : text.Split(IndexFields.PathSeparator));

    /// <summary>
    /// The operative text as written, for display, in doc values (read for each hit of a page without the stored
    /// block around it); searched through <see cref="LanguageText"/> and <see cref="Exact"/>.
    /// </summary>
    public static readonly DocValueTextField Text = new(IndexFields.Text, s => s.Provision.Text);

    /// <summary>The notes printed with the provision, stored and searched folded only when asked (<c>notes:</c>).</summary>
    public static readonly AnalyzedField Notes = new(IndexFields.Notes, s => NullIfEmpty(s.Provision.Notes), AnalyzerFactory.Exact);

    /// <summary>The division headings above the provision, for display.</summary>
    public static readonly StoredOnlyField<string> Divisions = new(IndexFields.Divisions, s => s.Provision.Divisions, NullIfEmpty, text => text ?? "");

    /// <summary>Text, heading and division headings stemmed in the statute's language ("text_es"...).</summary>
    public static readonly LanguageTextField LanguageText = new(s => s.Provision.Text, s => [s.Provision.Heading, NullIfEmpty(s.Provision.Divisions)]);

    /// <summary>Heading, division headings and text folded and unstemmed, for quoted phrases and prefixes; with sentence and paragraph markers.</summary>
    public static readonly ExactTextField Exact = new(
        IndexFields.Exact, s => (ExactValue(s.Provision.Heading, s.Provision.Divisions, s.Provision.Text), s.Provision.Text));

    /// <summary>The value of <see cref="Exact"/>: heading, division headings and text, the empty ones left out, one per line.</summary>
    public static string ExactValue(string? heading, string? divisions, string? text) =>
        string.Join('\n', new[] { heading, divisions, text }.Where(t => !string.IsNullOrEmpty(t)));

    /// <summary>Where the text starts in <see cref="ExactValue"/>: after the heading and division headings that are not empty.</summary>
    public static int ExactTextStart(string? heading, string? divisions) =>
        (string.IsNullOrEmpty(heading) ? 0 : heading.Length + 1) + (string.IsNullOrEmpty(divisions) ? 0 : divisions.Length + 1);

    public static readonly KeywordField Edition = new(IndexFields.Edition, s => s.Provision.Edition ?? Domain.Editions.Current);
    public static readonly StoredOnlyField<string?> EditionDescription = new(IndexFields.EditionDescription, s => s.Statute.Title.Edition, text => text, text => text);
    public static readonly KeywordField CountryName = new(IndexFields.CountryName, s => s.Statute.CountryName);

    /// <summary>The year of enactment (the manifest's <c>year</c>), as text: a date where one is known.</summary>
    public static readonly KeywordField Enacted = new(IndexFields.Enacted, s => s.Statute.Metadata.Year is int year ? YearField.Format(year) : null);
    public static readonly KeywordField AsOf = new(IndexFields.AsOf, s => s.Statute.Title.AsOf);

    /// <summary>The statute's segmentation report, one line a value, on its first provision only.</summary>
    public static readonly StoredValuesField Segmentation = new(
        IndexFields.Segmentation, s => s.Provision.Ordinal == 0 ? s.Statute.SegmentationReport ?? [] : []);

    public static readonly NumberField Ordinal = new(IndexFields.Ordinal, s => s.Provision.Ordinal);
    public static readonly KeywordField Source = new(IndexFields.Source, s => s.Statute.Source, docValue: true);
    public static readonly StoredOnlyField<string?> SourceUrl = new(IndexFields.SourceUrl, s => s.Statute.Metadata.OfficialUrl, url => url, url => url);
    public static readonly FlagField Ocr = new(IndexFields.Ocr, s => s.Statute.Ocr);
    public static readonly KeywordsField Offence = new(IndexFields.Offence, s => [.. s.Offences.Select(o => o.Code)], facet: true);

    /// <summary>"code: term, term" per offence: which lexicon terms classified the provision.</summary>
    public static readonly StoredValuesField OffenceTerms = new(IndexFields.OffenceTerms, s => s.Offences.Select(o => $"{o.Code}: {string.Join(", ", o.Terms)}"));

    /// <summary>Notes on repairs made to the article number ("2691 → 269I").</summary>
    public static readonly StoredValuesField Corrections = new(IndexFields.Corrections, s => s.Provision.Corrections ?? []);

    /// <summary>sha256 of the statute's source bytes (<see cref="Domain.Statute.ContentHash"/>), compared by the next run.</summary>
    public static readonly StoredOnlyField<string?> ContentHash = new(IndexFields.ContentHash, s => s.Statute.ContentHash, hash => hash, hash => hash);

    public static readonly StoredOnlyField<DateTimeOffset?> IndexedAt = new(
        IndexFields.IndexedAt,
        s => s.IndexedAt,
        at => at?.ToString("O", CultureInfo.InvariantCulture),
        text => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null);

    /// <summary>Every definition, in the order a document is written; facets are counted in this order.</summary>
    public static IReadOnlyList<IProvisionField> Fields { get; } =
    [
        Id, StatuteId, Country, Language, Title, Article, ArticleKey, Kind, Path, Text, LanguageText, Exact, Ordinal,
        Source, Ocr, IndexedAt, Heading, LawNumber, SourceUrl, Offence, OffenceTerms, Year, Corrections,
        Notes, Divisions, Edition, EditionDescription, CountryName, Enacted, AsOf, Segmentation, ContentHash,
    ];

    /// <summary>The definitions whose value lives in doc values rather than the stored document (<see cref="StoredProvision.Read"/>).</summary>
    public static IReadOnlyList<DocValueTextField> DocValueTexts { get; } = [.. Fields.OfType<DocValueTextField>()];

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>Names of the fields counted as facets on search results (country, language, offence, year).</summary>
    public static IReadOnlyList<string> FacetNames { get; } = [.. Fields.Where(f => f.IsFacet).Select(f => f.Name)];

    /// <summary>Field → analyzer map of every analyzed definition, for the IndexWriter and the query parser; unanalyzed fields fall back to the exact analyzer.</summary>
    public static Analyzer PerFieldAnalyzer(bool forQueries)
    {
        var analyzers = Fields.SelectMany(f => f.Analyzers(forQueries)).ToDictionary(kv => kv.Key, kv => kv.Value);
        return new PerFieldAnalyzerWrapper(AnalyzerFactory.Exact(), analyzers);
    }
}
