using LegalSearch.Web.Search.Parsing;

namespace LegalSearch.Tests.Web.Parsing;

/// <summary>The grammar alone: each form, nesting, and errors with their positions. No index, no Lucene.</summary>
public sealed class QueryTreeParserTests
{
    private static QueryNode Root(string query) => QueryTreeParser.Parse(query).Root;

    private static QueryError ErrorOf(string query) =>
        Assert.Throws<QuerySyntaxException>(() => QueryTreeParser.Parse(query))!.Error;

    [Test]
    public void Bare_words_side_by_side_are_a_ranked_group()
    {
        var root = (BooleanNode)Root("acceso abusivo");

        Assert.That(root.Kind, Is.EqualTo(BooleanKind.Ranked));
        Assert.That(root.Children, Is.EqualTo(new QueryNode[] { new WordNode("acceso", new(0, 6)), new WordNode("abusivo", new(7, 7)) }));
    }

    [TestCase("\"acceso sistema\"", "acceso sistema", 0)]
    [TestCase("\"acceso sistema\"~5", "acceso sistema", 5)]
    public void Quoted_phrases_with_and_without_slop(string query, string text, int slop) =>
        Assert.That(Root(query), Is.EqualTo(new PhraseNode(text, slop, new(0, query.Length))));

    [TestCase("acceso NEAR/5 sistema", ProximityKind.Near, 5)]
    [TestCase("acceso w/5 sistema", ProximityKind.Near, 5)]
    [TestCase("acceso W/5 sistema", ProximityKind.Near, 5)]
    [TestCase("acceso /5 sistema", ProximityKind.Near, 5)]
    [TestCase("acceso NEAR sistema", ProximityKind.Near, QueryLexer.DefaultNearDistance)]
    [TestCase("acceso PRE/3 sistema", ProximityKind.Before, 3)]
    [TestCase("acceso /s sistema", ProximityKind.Sentence, 0)]
    [TestCase("acceso w/s sistema", ProximityKind.Sentence, 0)]
    [TestCase("acceso /p sistema", ProximityKind.Paragraph, 0)]
    public void Proximity_connectors(string query, ProximityKind kind, int distance)
    {
        var near = (ProximityNode)Root(query);

        Assert.That((near.Kind, near.Distance), Is.EqualTo((kind, distance)));
        Assert.That(near.Left, Is.EqualTo(new WordNode("acceso", new(0, 6))));
        Assert.That(((WordNode)near.Right).Text, Is.EqualTo("sistema"));
    }

    [Test]
    public void Or_binds_tighter_than_and_which_binds_tighter_than_side_by_side()
    {
        var root = (BooleanNode)Root("delito a OR b AND c");

        Assert.That(root.Kind, Is.EqualTo(BooleanKind.Ranked));
        var all = (BooleanNode)root.Children[1];
        Assert.That(all.Kind, Is.EqualTo(BooleanKind.All));
        Assert.That(((BooleanNode)all.Children[0]).Kind, Is.EqualTo(BooleanKind.Any));
        Assert.That(all.Children[1], Is.EqualTo(new WordNode("c", new(18, 1))));
    }

    [Test]
    public void Groups_nest_and_keep_their_parentheses_in_the_span()
    {
        var root = (ProximityNode)Root("(acceso OR ingreso) NEAR/5 (sistema OR dispositivo)");

        var left = (BooleanNode)root.Left;
        Assert.That(left.Kind, Is.EqualTo(BooleanKind.Any));
        Assert.That(left.Span, Is.EqualTo(new SourceSpan(0, 19)));
        Assert.That(((BooleanNode)root.Right).Children.Select(c => ((WordNode)c).Text), Is.EqualTo(new[] { "sistema", "dispositivo" }));
    }

    [TestCase("acceso -abusivo")]
    [TestCase("acceso NOT abusivo")]
    public void Minus_and_not_exclude(string query)
    {
        var root = (BooleanNode)Root(query);

        var not = (NotNode)root.Children[1];
        Assert.That(not.Inner, Is.InstanceOf<WordNode>().With.Property("Text").EqualTo("abusivo"));
        Assert.That(not.Span.End, Is.EqualTo(query.Length));
    }

    [Test]
    public void Prefix_wildcard_fuzzy_and_boost()
    {
        Assert.That(Root("informát*"), Is.EqualTo(new PrefixNode("informát", new(0, 9))));
        Assert.That(Root("inform?tico"), Is.EqualTo(new WildcardNode("inform?tico", new(0, 11))));
        Assert.That(Root("acesso~1"), Is.EqualTo(new FuzzyNode("acesso", 1, new(0, 8))));
        Assert.That(Root("acceso^2"), Is.EqualTo(new BoostNode(new WordNode("acceso", new(0, 6)), 2, new(0, 8))));
        Assert.That(Root("¿qué es acceso?"), Is.InstanceOf<BooleanNode>().With.Property("Children").All.InstanceOf<WordNode>());
    }

    [Test]
    public void Fields_read_and_check_their_values()
    {
        var root = (BooleanNode)Root("country:co lang:ES offence:illegal-access statute:co-ley-1273-2009 art:269A year:2009..2012 heading:acceso");

        Assert.That(root.Children[0], Is.EqualTo(new FilterNode(QueryField.Country, "CO", new(0, 10))));
        Assert.That(root.Children[1], Is.InstanceOf<FilterNode>().With.Property("Value").EqualTo("es"));
        Assert.That(root.Children[2], Is.InstanceOf<FilterNode>().With.Property("Value").EqualTo("illegal-access"));
        Assert.That(root.Children[3], Is.InstanceOf<FilterNode>().With.Property("Field").EqualTo(QueryField.Statute));
        Assert.That(root.Children[4], Is.InstanceOf<ArticleNode>().With.Property("Number").EqualTo("269A").And.Property("Required").True);
        Assert.That(root.Children[5], Is.InstanceOf<YearRangeNode>().With.Property("From").EqualTo(2009).And.Property("To").EqualTo(2012));
        Assert.That(root.Children[6], Is.InstanceOf<FieldScopeNode>().With.Property("Inner").InstanceOf<WordNode>());
        Assert.That(Root("notes:\"fe de erratas\""), Is.InstanceOf<FieldScopeNode>().With.Property("Field").EqualTo(QueryField.Notes));
    }

    [TestCase("Decreto 999/1992", "999/1992")]
    [TestCase("and/or", "and/or")]
    [TestCase("w/o", "w/o")]
    [TestCase("Nota: acceso", "Nota:")]
    public void Slashes_and_colons_inside_words_are_text(string query, string word) =>
        Assert.That(QueryWalk.Leaves(Root(query)).OfType<WordNode>().Select(w => w.Text), Does.Contain(word));

    [TestCase("artículo 269A", "269A", 0, 13)]
    [TestCase("154-A", "154-A", 0, 5)]
    [TestCase("acceso art. 234 falsificación", "234", 7, 8)]
    [TestCase("§ 1030", "1030", 0, 6)]
    [TestCase("211 bis 1", "211 bis 1", 0, 9)]
    public void Article_references_among_the_words_become_article_nodes(string query, string number, int start, int length)
    {
        var article = QueryWalk.All(Root(query)).OfType<ArticleNode>().Single();

        Assert.That((article.Number, article.Required, article.Span), Is.EqualTo((number, false, new SourceSpan(start, length))));
    }

    [TestCase("18 U.S.C. 1030(a)(2)", "1030")]
    [TestCase("18 U.S.C. § 2703(d)", "2703")]
    [TestCase("6 USC 681b(a)", "681b")]
    public void A_section_cited_with_its_subsections_names_the_section(string query, string number)
    {
        var nodes = QueryWalk.All(Root(query)).ToList();

        Assert.That(nodes.OfType<ArticleNode>().Single().Number, Is.EqualTo(number));
        Assert.That(nodes.OfType<WordNode>().Select(w => w.Text), Is.All.Matches<string>(w => w.All(char.IsAsciiDigit)), "the title number only");
    }

    [Test]
    public void A_group_after_a_number_stays_a_group() =>
        Assert.That(QueryWalk.All(Root("2009 (acceso OR abuso)")).OfType<BooleanNode>().Any(b => b.Kind == BooleanKind.Any), Is.True);

    [TestCase("ley 1273 de 2009")]
    [TestCase("\"154-A\"")]
    [TestCase("a~2 b~2")]
    [TestCase("acceso^2 a")]
    public void Numbers_that_are_not_article_references_stay(string query) =>
        Assert.That(QueryWalk.All(Root(query)).OfType<ArticleNode>(), Is.Empty);

    [TestCase("", QueryErrorKind.Empty, 0)]
    [TestCase("\"acceso sistema", QueryErrorKind.UnterminatedPhrase, 0)]
    [TestCase("acceso \"sistema", QueryErrorKind.UnterminatedPhrase, 7)]
    [TestCase("(acceso OR sistema", QueryErrorKind.UnclosedGroup, 0)]
    [TestCase("acceso)", QueryErrorKind.UnexpectedClosingParenthesis, 6)]
    [TestCase("acceso ()", QueryErrorKind.EmptyGroup, 7)]
    [TestCase("AND OR (", QueryErrorKind.MissingOperand, 0)]
    [TestCase("acceso AND", QueryErrorKind.MissingOperand, 7)]
    [TestCase("acceso NEAR/5", QueryErrorKind.MissingOperand, 7)]
    [TestCase("acceso foo:bar", QueryErrorKind.UnknownField, 7)]
    [TestCase("country: CO", QueryErrorKind.MissingFieldValue, 0)]
    [TestCase("acceso country:Colombia", QueryErrorKind.InvalidFieldValue, 15)]
    [TestCase("lang:xx", QueryErrorKind.InvalidFieldValue, 5)]
    [TestCase("offence:made-up", QueryErrorKind.InvalidFieldValue, 8)]
    [TestCase("year:2012..2009", QueryErrorKind.InvalidFieldValue, 5)]
    [TestCase("/[ac]*a[ac]{16}/", QueryErrorKind.RegularExpression, 0)]
    [TestCase("acceso *formático", QueryErrorKind.LeadingWildcard, 7)]
    [TestCase("acceso ?nformático", QueryErrorKind.LeadingWildcard, 7)]
    [TestCase("acceso /x sistema", QueryErrorKind.UnknownConnector, 7)]
    [TestCase("acceso NEAR/x sistema", QueryErrorKind.InvalidDistance, 7)]
    [TestCase("\"acceso sistema\"~ x", QueryErrorKind.InvalidDistance, 16)]
    [TestCase("acceso~3", QueryErrorKind.InvalidDistance, 0)]
    [TestCase("country:CO NEAR/5 acceso", QueryErrorKind.InvalidProximityOperand, 0)]
    [TestCase("acceso NEAR/5 (a AND b)", QueryErrorKind.InvalidProximityOperand, 14)]
    [TestCase("acceso OR -abusivo", QueryErrorKind.ExclusionInAlternative, 10)]
    [TestCase("-abusivo", QueryErrorKind.OnlyExclusions, 0)]
    [TestCase("\"\"", QueryErrorKind.NoSearchableWords, 0)]
    public void Errors_say_what_and_where(string query, QueryErrorKind kind, int position)
    {
        var error = ErrorOf(query);

        Assert.That((error.Kind, error.Position), Is.EqualTo((kind, position)), error.ToString());
        Assert.That(QueryErrorMessages.Format(error, "es"), Does.Contain($"carácter {position + 1}"));
    }

    [Test]
    public void Limits_of_length_clauses_and_depth()
    {
        var limits = QueryLimits.Default;
        var tooLong = ErrorOf(new string('a', limits.MaxLength + 1));
        Assert.That((tooLong.Kind, tooLong.Position), Is.EqualTo((QueryErrorKind.TooLong, limits.MaxLength)));

        // 2,000 characters hold at most 1,000 one-letter words, so the clause limit is checked with room for more.
        var roomy = limits with { MaxLength = 10_000 };
        var words = string.Join(" ", Enumerable.Range(0, limits.MaxClauses + 1).Select(i => $"w{i % 10}"));
        var tooMany = Assert.Throws<QuerySyntaxException>(() => QueryTreeParser.Parse(words, roomy))!.Error;
        Assert.That((tooMany.Kind, tooMany.Position), Is.EqualTo((QueryErrorKind.TooManyClauses, limits.MaxClauses * 3)));
        Assert.That(QueryTreeParser.Parse(string.Join(" ", Enumerable.Repeat("w", limits.MaxClauses)), roomy).Root, Is.InstanceOf<BooleanNode>());

        var deep = new string('(', limits.MaxDepth + 1) + "a" + new string(')', limits.MaxDepth + 1);
        Assert.That(ErrorOf(deep).Kind, Is.EqualTo(QueryErrorKind.TooDeep));
    }

    [Test]
    public void Every_error_kind_has_a_message_in_every_ui_language()
    {
        foreach (var kind in Enum.GetValues<QueryErrorKind>())
        {
            foreach (var language in LegalSearch.Web.Localization.UiText.Languages)
            {
                var message = QueryErrorMessages.Format(new QueryError(kind, 3, 1, ["x", "y"]), language);
                Assert.That(message, Does.Contain("4").And.Not.Contain("{"), $"{kind} {language}");
            }
        }
    }

    [Test]
    public void Interpretation_reads_the_tree_back_and_parts_can_be_removed()
    {
        var tree = QueryTreeParser.Parse("acceso NEAR/5 sistema country:CO -abusivo");

        Assert.That(QueryInterpretation.Render(tree, []), Is.EqualTo("acceso within 5 words of sistema · only country CO · NOT abusivo"));
        var parts = QueryInterpretation.Parts(tree);
        Assert.That(parts, Has.Count.EqualTo(3));
        Assert.That(QueryInterpretation.Without(tree, parts[2]), Is.EqualTo("acceso NEAR/5 sistema country:CO"));
        Assert.That(QueryInterpretation.Render(QueryTreeParser.Parse("acceso abusivo"), []), Does.EndWith("provisions with all of these first"));
    }
}
