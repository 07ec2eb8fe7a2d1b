using Lucene.Net.Documents;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Languages;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Indexer.Indexing;

/// <summary>Maps one provision of a statute to its Lucene document through the field definitions of <see cref="ProvisionSchema"/>.</summary>
public static class ProvisionDocumentBuilder
{
    public static Document Build(Statute statute, Provision provision, IReadOnlyList<OffenceMatch> offences, DateTimeOffset indexedAt)
    {
        var source = new ProvisionSource(statute, provision, offences, indexedAt);
        var document = new Document();
        foreach (var field in ProvisionSchema.Fields) field.Write(document, source);
        return document;
    }
}
