using Lucene.Net.Search;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Search.Translation;

namespace LegalSearch.Tests.Web;

/// <summary>Which translations count as said whole by a provision holding all their words.</summary>
public sealed class TranslationQueriesTests
{
    private static TranslatedClause Translation(string language, string text, bool phrase = false) => new(language, text, phrase, 0.5f, "query");

    [Test]
    public void A_translation_of_up_to_three_words_counts_whole_a_longer_one_word_by_word_only()
    {
        TranslatedClause[] clauses =
        [
            Translation("en", "unauthorized access"),
            Translation("es", "acceso abusivo sistema informático"),
            Translation("en", "Action of protect against acts of authority"),
            Translation("fr", "atteinte à l'intégrité des données du système", phrase: true),
        ];

        var whole = TranslationQueries.Whole(clauses, IndexFields.Languages);
        var ranked = TranslationQueries.Build(clauses);

        Assert.That(whole, Has.Count.EqualTo(2), "the two words and the phrase; not the four- and seven-word translations");
        Assert.That(whole[0], Is.InstanceOf<BooleanQuery>().And.Property(nameof(BooleanQuery.Clauses)).Count.EqualTo(2));
        Assert.That(whole[0].ToString(), Does.Contain("text_en:unauthor").And.Contain("+text_en:access"), "two words, each required");
        Assert.That(whole[1], Is.InstanceOf<PhraseQuery>(), "a quoted phrase stays whole, whatever its length");
        Assert.That(ranked.Select(r => r.Clause), Is.EqualTo(clauses), "every translation still ranks by its words");
    }
}
