using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LegalSearch.Indexer.Classification;
using LegalSearch.Indexer.Domain;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Indexer.Schema;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Schema;

/// <summary>A provision written through the field definitions reads back, from a real index on disk, through the same definitions.</summary>
public sealed class ProvisionSchemaTests
{
    private static readonly Statute Statute = new(
        "mx-cpf",
        new StatuteMetadata("MX", "es", "Código Penal Federal", "CPF", 1931, "https://example.org/cpf.pdf"),
        "es",
        "docs/mx/codigo-penal-federal.pdf",
        [
            new Provision("211 bis 1", ProvisionKinds.Article, "Acceso ilícito a sistemas", ["Título Noveno", "Capítulo II"],
                "Al que sin autorización modifique, destruya o provoque pérdida de información contenida en sistemas…", 7, ["2111 → 211 bis 1"],
                Notes: "Artículo adicionado DOF 17-05-1999", Divisions: "CAPÍTULO II\nAcceso ilícito a sistemas y equipos de informática"),
            new Provision("preamble", ProvisionKinds.Preamble, null, [], "Código Penal Federal — ñandú, § 1030, 154-A.", 0),
        ],
        Ocr: true);

    private static readonly DateTimeOffset IndexedAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static IReadOnlyDictionary<string, StoredProvision> WriteAndRead()
    {
        var path = TestPaths.NewTempFolder("schema");
        var offences = new OffenceClassifier(ConceptLexicon.Default);
        using (var writer = new StatuteIndexWriter(path, offences, new FixedTime(IndexedAt)))
        {
            writer.Replace(Statute);
            writer.Commit(new Dictionary<string, string>());
        }
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        return IndexStatistics.LiveDocuments(reader, ProvisionSchema.Fields)
            .ToDictionary(p => p.Get(ProvisionSchema.Id) ?? "");
    }

    [Test]
    public void Every_stored_value_reads_back_as_written()
    {
        var article = WriteAndRead()["mx-cpf/art-211-bis-1"];

        Assert.Multiple(() =>
        {
            Assert.That(article.Get(ProvisionSchema.StatuteId), Is.EqualTo("mx-cpf"));
            Assert.That(article.Get(ProvisionSchema.Country), Is.EqualTo("MX"));
            Assert.That(article.Get(ProvisionSchema.Title), Is.EqualTo("Código Penal Federal"));
            Assert.That(article.Get(ProvisionSchema.LawNumber), Is.EqualTo("CPF"));
            Assert.That(article.Get(ProvisionSchema.Year), Is.EqualTo(1931));
            Assert.That(article.Get(ProvisionSchema.Article), Is.EqualTo("211 bis 1"));
            Assert.That(article.Get(ProvisionSchema.Heading), Is.EqualTo("Acceso ilícito a sistemas"));
            Assert.That(article.Get(ProvisionSchema.Path), Is.EqualTo(new[] { "Título Noveno", "Capítulo II" }));
            Assert.That(article.Get(ProvisionSchema.Text), Does.StartWith("Al que sin autorización modifique"));
            Assert.That(article.Get(ProvisionSchema.Ordinal), Is.EqualTo(7));
            Assert.That(article.Get(ProvisionSchema.Ocr), Is.True);
            Assert.That(article.Get(ProvisionSchema.SourceUrl), Is.EqualTo("https://example.org/cpf.pdf"));
            Assert.That(article.Get(ProvisionSchema.Corrections), Is.EqualTo(new[] { "2111 → 211 bis 1" }));
            Assert.That(article.Get(ProvisionSchema.IndexedAt), Is.EqualTo(IndexedAt));
            Assert.That(article.Get(ProvisionSchema.Notes), Is.EqualTo("Artículo adicionado DOF 17-05-1999"));
            Assert.That(article.Get(ProvisionSchema.Divisions), Does.StartWith("CAPÍTULO II\nAcceso ilícito"));
            Assert.That(article.Get(ProvisionSchema.Edition), Is.EqualTo(Editions.Current));
            Assert.That(article.Get(ProvisionSchema.CountryName), Is.EqualTo("Mexico"));
            Assert.That(article.Get(ProvisionSchema.Enacted), Is.EqualTo("1931"));
            Assert.That(article.Get(ProvisionSchema.Offence), Is.Not.Empty, "the classifier tags unauthorized modification of information");
            Assert.That(article.Get(ProvisionSchema.OffenceTerms).Select(t => t.Split(':')[0]), Is.EqualTo(article.Get(ProvisionSchema.Offence)));
        });
    }

    [Test]
    public void Absent_values_read_back_as_absent()
    {
        var preamble = WriteAndRead()["mx-cpf/art-preamble"];

        Assert.Multiple(() =>
        {
            Assert.That(preamble.Get(ProvisionSchema.Heading), Is.Null);
            Assert.That(preamble.Get(ProvisionSchema.Path), Is.Empty);
            Assert.That(preamble.Get(ProvisionSchema.Corrections), Is.Empty);
            Assert.That(preamble.Get(ProvisionSchema.Notes), Is.Null);
            Assert.That(preamble.Get(ProvisionSchema.Divisions), Is.Empty);
            Assert.That(preamble.Get(ProvisionSchema.AsOf), Is.Null);
            Assert.That(preamble.Get(ProvisionSchema.EditionDescription), Is.Null);
            Assert.That(preamble.Get(ProvisionSchema.Ordinal), Is.Zero);
            Assert.That(preamble.Get(ProvisionSchema.Text), Is.EqualTo("Código Penal Federal — ñandú, § 1030, 154-A."));
        });
    }

    [Test]
    public void A_text_stored_by_an_older_index_reads_back_beside_texts_in_doc_values()
    {
        var path = TestPaths.NewTempFolder("schema-text");
        var current = ProvisionDocumentBuilder.Build(Statute, Statute.Provisions[0], [], IndexedAt);
        var older = ProvisionDocumentBuilder.Build(Statute, Statute.Provisions[1], [], IndexedAt);
        older.RemoveFields(ProvisionSchema.Text.DocValuesName);
        older.Add(new StoredField(ProvisionSchema.Text.Name, Statute.Provisions[1].Text));
        using var directory = FSDirectory.Open(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, ProvisionSchema.PerFieldAnalyzer(forQueries: false))))
        {
            writer.AddDocument(older);
            writer.Commit();
            writer.AddDocument(current);
            writer.Commit();
            Assert.That(Texts(), Is.EqualTo(Expected), "an older segment (stored text) beside a new one (doc values)");
            writer.ForceMerge(1);
            writer.Commit();
            Assert.That(Texts(), Is.EqualTo(Expected), "both kinds merged into one segment");
        }

        Dictionary<string, string> Texts()
        {
            using var reader = DirectoryReader.Open(directory);
            return Enumerable.Range(0, reader.MaxDoc).Select(doc => StoredProvision.Read(reader, doc))
                .ToDictionary(p => p.Get(ProvisionSchema.Id) ?? "", p => p.Get(ProvisionSchema.Text));
        }
    }

    [Test]
    public void A_text_in_doc_values_is_rented_as_written_and_a_stored_one_is_not()
    {
        var path = TestPaths.NewTempFolder("schema-rent");
        var older = ProvisionDocumentBuilder.Build(Statute, Statute.Provisions[1], [], IndexedAt);
        older.RemoveFields(ProvisionSchema.Text.DocValuesName);
        older.Add(new StoredField(ProvisionSchema.Text.Name, Statute.Provisions[1].Text));
        using var directory = FSDirectory.Open(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, ProvisionSchema.PerFieldAnalyzer(forQueries: false))))
        {
            writer.AddDocument(ProvisionDocumentBuilder.Build(Statute, Statute.Provisions[0], [], IndexedAt));
            writer.Commit();
            writer.AddDocument(older);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        using var current = ProvisionSchema.Text.Rent(reader, 0);
        using var stored = ProvisionSchema.Text.Rent(reader, 1);

        Assert.That(current?.Span.ToString(), Is.EqualTo(Statute.Provisions[0].Text));
        Assert.That(stored, Is.Null, "a segment written before keeps the text in stored fields");
    }

    private static Dictionary<string, string> Expected => new()
    {
        ["mx-cpf/art-211-bis-1"] = Statute.Provisions[0].Text,
        ["mx-cpf/art-preamble"] = Statute.Provisions[1].Text,
    };

    [Test]
    public void The_document_keeps_the_field_names_of_the_schema_in_DESIGN()
    {
        var document = ProvisionDocumentBuilder.Build(Statute, Statute.Provisions[0], [new OffenceMatch("illegal-access", ["acceso ilícito"])], IndexedAt);

        Assert.That(document.Fields.Select(f => f.Name).Distinct(), Is.EquivalentTo(new[]
        {
            "id", "statute_id", "country", "language", "title", "article", "article_key", "kind", "path", "value_text", "text_es", "exact",
            "ordinal", "source", "ocr", "indexed_at", "heading", "law_number", "source_url", "offence", "offence_terms", "year_point",
            "year", "corrections", "facet_country", "facet_language", "facet_offence", "facet_year",
            "notes", "divisions", "edition", "country_name", "enacted",
            "value_id", "value_statute_id", "value_country", "value_language", "value_law_number", "value_year", "value_kind",
            "value_article", "value_source",
        }));
        Assert.That(IndexFields.Facets, Is.EqualTo(new[] { "country", "language", "offence", "year" }));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
