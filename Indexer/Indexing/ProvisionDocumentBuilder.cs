using Lucene.Net.Documents;
using LegalSearch.Indexer.Analysis;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>Maps one provision of a statute to its Lucene document (schema in DESIGN.md).</summary>
public static class ProvisionDocumentBuilder
{
    public static string ProvisionId(string statuteId, Provision provision) => $"{statuteId}/art-{provision.Slug}";

    public static Document Build(Statute statute, Provision provision, IReadOnlyList<OffenceMatch> offences, DateTimeOffset indexedAt)
    {
        var metadata = statute.Metadata;
        var doc = new Document
        {
            new StringField(IndexFields.Id, ProvisionId(statute.Id, provision), Field.Store.YES),
            new StringField(IndexFields.StatuteId, statute.Id, Field.Store.YES),
            new StringField(IndexFields.Country, metadata.Country, Field.Store.YES),
            new StringField(IndexFields.Language, statute.Language, Field.Store.YES),
            new TextField(IndexFields.Title, metadata.Title, Field.Store.YES),
            new StringField(IndexFields.Article, provision.Number, Field.Store.YES),
            new StringField(IndexFields.ArticleKey, ArticleKey.From(provision.Number), Field.Store.NO),
            new StringField(IndexFields.Kind, provision.Kind, Field.Store.YES),
            new StoredField(IndexFields.Path, string.Join(IndexFields.PathSeparator, provision.Path)),
            new StoredField(IndexFields.Text, provision.Text),
            new TextField(LanguageField(statute), provision.Text, Field.Store.NO),
            new TextField(IndexFields.Exact, $"{provision.Heading}\n{provision.Text}", Field.Store.NO),
            new Int32Field(IndexFields.Ordinal, provision.Ordinal, Field.Store.YES),
            new StringField(IndexFields.Source, statute.Source, Field.Store.YES),
            new StringField(IndexFields.Ocr, statute.Ocr ? "true" : "false", Field.Store.YES),
            new StoredField(IndexFields.IndexedAt, indexedAt.ToString("O")),
        };
        AddFacet(doc, IndexFields.Country, metadata.Country);
        AddFacet(doc, IndexFields.Language, statute.Language);
        if (provision.Heading is not null)
        {
            doc.Add(new TextField(IndexFields.Heading, provision.Heading, Field.Store.YES));
            doc.Add(new TextField(LanguageField(statute), provision.Heading, Field.Store.NO));
        }
        if (metadata.LawNumber is not null) doc.Add(new StringField(IndexFields.LawNumber, metadata.LawNumber, Field.Store.YES));
        if (metadata.OfficialUrl is not null) doc.Add(new StoredField(IndexFields.SourceUrl, metadata.OfficialUrl));
        if (metadata.Year is int year)
        {
            doc.Add(new Int32Field(IndexFields.YearPoint, year, Field.Store.NO));
            var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            doc.Add(new StringField(IndexFields.Year, yearText, Field.Store.YES));
            AddFacet(doc, IndexFields.Year, yearText);
        }
        foreach (var offence in offences)
        {
            doc.Add(new StringField(IndexFields.Offence, offence.Code, Field.Store.YES));
            AddFacet(doc, IndexFields.Offence, offence.Code);
            doc.Add(new StoredField(IndexFields.OffenceTerms, $"{offence.Code}: {string.Join(", ", offence.Terms)}"));
        }
        foreach (var correction in provision.Corrections ?? [])
        {
            doc.Add(new StoredField(IndexFields.Corrections, correction));
        }
        return doc;
    }

    /// <summary>Facet values live in doc values under the facet's own name (<see cref="IndexFields.FacetOf"/>).</summary>
    private static void AddFacet(Document doc, string field, string value) =>
        doc.Add(new SortedSetDocValuesField(IndexFields.FacetOf(field), new Lucene.Net.Util.BytesRef(value)));

    /// <summary>The stemmed field of the statute's language; English analysis for a language we have no analyzer for.</summary>
    private static string LanguageField(Statute statute) =>
        IndexFields.TextIn(IndexFields.Languages.Contains(statute.Language) ? statute.Language : LanguageRegistry.Fallback);
}
