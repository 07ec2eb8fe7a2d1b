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
    public static readonly KeywordField Id = new(IndexFields.Id, s => s.ProvisionId);
    public static readonly KeywordField StatuteId = new(IndexFields.StatuteId, s => s.Statute.Id);
    public static readonly KeywordField Country = new(IndexFields.Country, s => s.Statute.Metadata.Country, facet: true);
    public static readonly KeywordField Language = new(IndexFields.Language, s => s.Statute.Language, facet: true);
    public static readonly AnalyzedField Title = new(IndexFields.Title, s => s.Statute.Metadata.Title, AnalyzerFactory.Exact);
    public static readonly KeywordField LawNumber = new(IndexFields.LawNumber, s => s.Statute.Metadata.LawNumber);
    public static readonly YearField Year = new(IndexFields.Year, IndexFields.YearPoint, s => s.Statute.Metadata.Year);

    /// <summary>The normalized article number as written ("269A", "211 bis 1").</summary>
    public static readonly KeywordField Article = new(IndexFields.Article, s => s.Provision.Number);

    /// <summary>The article number as one token (<see cref="Analysis.ArticleKey"/>), for queries such as "154-A".</summary>
    public static readonly SearchOnlyField ArticleKey = new(IndexFields.ArticleKey, s => Analysis.ArticleKey.From(s.Provision.Number));

    public static readonly KeywordField Kind = new(IndexFields.Kind, s => s.Provision.Kind);
    public static readonly AnalyzedField Heading = new(IndexFields.Heading, s => s.Provision.Heading, AnalyzerFactory.Exact);

    /// <summary>The hierarchy above the provision, stored as one string joined by <see cref="IndexFields.PathSeparator"/>.</summary>
    public static readonly StoredOnlyField<IReadOnlyList<string>> Path = new(
        IndexFields.Path,
        s => s.Provision.Path,
        path => string.Join(IndexFields.PathSeparator, path),
        text => string.IsNullOrEmpty(text) ? [] : text.Split(IndexFields.PathSeparator));

    /// <summary>The provision text as written, for display; searched through <see cref="LanguageText"/> and <see cref="Exact"/>.</summary>
    public static readonly StoredOnlyField<string> Text = new(IndexFields.Text, s => s.Provision.Text, text => text, text => text ?? "");

    /// <summary>Text and heading stemmed in the statute's language ("text_es"...).</summary>
    public static readonly LanguageTextField LanguageText = new(s => [s.Provision.Text, s.Provision.Heading]);

    /// <summary>Heading and text folded and unstemmed, for quoted phrases and prefixes.</summary>
    public static readonly SearchOnlyField Exact = new(IndexFields.Exact, s => $"{s.Provision.Heading}\n{s.Provision.Text}", AnalyzerFactory.Exact);

    public static readonly NumberField Ordinal = new(IndexFields.Ordinal, s => s.Provision.Ordinal);
    public static readonly KeywordField Source = new(IndexFields.Source, s => s.Statute.Source);
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
        Source, Ocr, IndexedAt, Heading, LawNumber, SourceUrl, Offence, OffenceTerms, Year, Corrections, ContentHash,
    ];

    /// <summary>Names of the fields counted as facets on search results (country, language, offence, year).</summary>
    public static IReadOnlyList<string> FacetNames { get; } = [.. Fields.Where(f => f.IsFacet).Select(f => f.Name)];

    /// <summary>Field → analyzer map of every analyzed definition, for the IndexWriter and the query parser; unanalyzed fields fall back to the exact analyzer.</summary>
    public static Analyzer PerFieldAnalyzer(bool forQueries)
    {
        var analyzers = Fields.SelectMany(f => f.Analyzers(forQueries)).ToDictionary(kv => kv.Key, kv => kv.Value);
        return new PerFieldAnalyzerWrapper(AnalyzerFactory.Exact(), analyzers);
    }
}
