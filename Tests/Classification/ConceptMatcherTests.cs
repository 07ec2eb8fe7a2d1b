using LegalSearch.Indexer.Classification;

namespace LegalSearch.Tests.Classification;

/// <summary>Which lexicon concepts a user's words name, typed with or without accents.</summary>
public sealed class ConceptMatcherTests
{
    [TestCase("interceptação de comunicações telemáticas", "illegal-interception")]
    [TestCase("interceptacao de comunicacoes", "illegal-interception")]
    [TestCase("accesos ilícitos", "illegal-access")]
    [TestCase("lavagem de dinheiro", "money-laundering")]
    [TestCase("harcèlement sexuel", "sexual-harassment")]
    public void Accents_typed_or_not_name_the_same_concept(string query, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query).Select(h => h.Code), Does.Contain(code));

    [Test]
    public void Words_of_no_concept_name_none() =>
        Assert.That(ConceptMatcher.Default.Find("copias piratas de libros"), Is.Empty);

    [TestCase("damaging or suppressing computer data", "en", "data-interference")]
    [TestCase("hindering the functioning of a computer system", "en", "system-interference")]
    [TestCase("obstaculizar el funcionamiento de un sistema informático", "es", "system-interference")]
    public void Most_of_a_terms_words_in_another_order_name_its_concept(string query, string language, string code)
    {
        Assert.That(ConceptMatcher.Default.Find(query, language).Select(h => h.Code), Is.EqualTo(new[] { code }));
        Assert.That(ConceptMatcher.Default.Find(query), Is.Empty, "by its words only in the query's own language");
    }

    [TestCase("computer data", "en")]
    [TestCase("computer system", "en")]
    [TestCase("datos personales del sistema", "es")]
    [TestCase("obstaculizar el funcionamiento de un sistema informático", "pt")]
    public void Words_that_many_concepts_share_name_none_by_themselves(string query, string language) =>
        Assert.That(ConceptMatcher.Default.Find(query, language).Where(h => h.Code != "personal-data-protection"), Is.Empty);

    [Test]
    public void A_translation_is_matched_against_the_terms_of_its_own_language_only()
    {
        Assert.That(ConceptMatcher.Default.FindIn("es", "violación de correspondencia").Select(h => h.Code), Does.Contain("privacy-violation"));
        Assert.That(ConceptMatcher.Default.FindIn("en", "violación de correspondencia"), Is.Empty);
    }

    [TestCase("estafa agravada", "fraud")]
    [TestCase("crime de estelionato", "fraud")]
    [TestCase("escroquerie", "fraud")]
    [TestCase("frauds and swindles", "fraud")]
    [TestCase("oplichting", "fraud")]
    [TestCase("delito de amenazas", "threats")]
    [TestCase("crime de ameaça", "threats")]
    [TestCase("mailing threatening communications", "threats")]
    [TestCase("proférer des menaces", "threats")]
    [TestCase("stalking", "stalking")]
    [TestCase("crime de perseguição", "stalking")]
    [TestCase("ciberacoso", "stalking")]
    [TestCase("harcèlement criminel", "stalking")]
    [TestCase("cyberbullying", "stalking")]
    [TestCase("racist and xenophobic material", "racism-xenophobia")]
    [TestCase("material racista y xenófobo", "racism-xenophobia")]
    [TestCase("propagande haineuse", "racism-xenophobia")]
    [TestCase("incitação ao ódio", "racism-xenophobia")]
    [TestCase("extradición", "extradition")]
    [TestCase("pedido de extradição", "extradition")]
    [TestCase("extradition of citizens", "extradition")]
    [TestCase("uitlevering", "extradition")]
    public void Offences_beyond_the_convention_are_named_in_each_language(string query, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query).Select(h => h.Code), Does.Contain(code));

    /// <summary>The same words in another offence: fraud by computer, a threat as a means, sexual harassment, mutual assistance, crimes against humanity.</summary>
    [TestCase("fraude informático", "es", "fraud")]
    [TestCase("computer fraud", "en", "fraud")]
    [TestCase("extortion by threats", "en", "threats")]
    [TestCase("extorsión mediante amenazas", "es", "threats")]
    [TestCase("amenazas cibernéticas", "es", "threats")]
    [TestCase("roubo mediante grave ameaça", "pt", "threats")]
    [TestCase("acoso sexual", "es", "stalking")]
    [TestCase("hostigamiento sexual", "es", "stalking")]
    [TestCase("harcèlement sexuel", "fr", "stalking")]
    [TestCase("crimes against humanity", "en", "racism-xenophobia")]
    [TestCase("asistencia mutua", "es", "extradition")]
    [TestCase("general principles relating to mutual assistance", "en", "extradition")]
    public void Near_misses_do_not_name_the_offence(string query, string language, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query, language).Select(h => h.Code), Does.Not.Contain(code));

    [TestCase("valid consent to the collection of personal information", "data-subject-consent")]
    [TestCase("consentimiento del titular para tratar sus datos", "data-subject-consent")]
    [TestCase("consentimento do titular", "data-subject-consent")]
    [TestCase("validité du consentement", "data-subject-consent")]
    [TestCase("right to erasure of personal data", "data-subject-rights")]
    [TestCase("derechos de los titulares de datos personales", "data-subject-rights")]
    [TestCase("direitos do titular dos dados", "data-subject-rights")]
    [TestCase("droit de rectification", "data-subject-rights")]
    [TestCase("binding corporate rules", "international-data-transfer")]
    [TestCase("transferencia internacional de datos personales", "international-data-transfer")]
    [TestCase("transferência internacional de dados", "international-data-transfer")]
    [TestCase("transfert international de données", "international-data-transfer")]
    [TestCase("privacy commissioner", "data-protection-authority")]
    [TestCase("autoridad de protección de datos", "data-protection-authority")]
    [TestCase("ANPD", "data-protection-authority")]
    [TestCase("pouvoirs du commissaire", "data-protection-authority")]
    [TestCase("sensitive personal data", "sensitive-personal-data")]
    [TestCase("tratamiento de datos sensibles", "sensitive-personal-data")]
    [TestCase("dados pessoais sensíveis", "sensitive-personal-data")]
    [TestCase("données sensibles", "sensitive-personal-data")]
    [TestCase("access to public information", "access-to-public-information")]
    [TestCase("acceso a la información pública", "access-to-public-information")]
    [TestCase("acesso à informação pública", "access-to-public-information")]
    [TestCase("accès à l'information", "access-to-public-information")]
    public void Data_protection_and_public_law_wordings_name_their_concept(string query, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query).Select(h => h.Code), Does.Contain(code));

    /// <summary>
    /// Near misses: words these concepts share with everyday queries (a concept named by them would put its
    /// provisions first for a query about something else), read in the query's own language too.
    /// </summary>
    [TestCase("datos", "es")]
    [TestCase("información", "es")]
    [TestCase("personal", "en")]
    [TestCase("consentimiento", "es")]
    [TestCase("data subject", "en")]
    [TestCase("derecho de acceso", "es")]
    [TestCase("droits de la personne", "fr")]
    [TestCase("images intimes sans consentement", "fr")]
    [TestCase("use of intimate images without consent", "en")]
    public void Everyday_words_name_no_data_protection_or_public_law_concept(string query, string language)
    {
        string[] codes = ["data-subject-consent", "data-subject-rights", "international-data-transfer", "data-protection-authority", "sensitive-personal-data", "access-to-public-information"];
        Assert.That(ConceptMatcher.Default.Find(query, language).Select(h => h.Code).Intersect(codes), Is.Empty);
    }

    [TestCase("interceptar", "intercepte", true)]
    [TestCase("interceptacion", "interceptar", true)]
    [TestCase("alteracion", "alterar", true)]
    [TestCase("informacion", "informatico", false)]
    [TestCase("transmision", "transmitir", false)]
    [TestCase("funcionari", "funcionament", false)]
    [TestCase("intercept", "interception", true)]
    [TestCase("autor", "autoridad", false)]
    public void A_verb_and_its_noun_are_one_word(string a, string b, bool same) =>
        Assert.That(ConceptWords.SameWord(a, b), Is.EqualTo(same));

    [Test]
    public void Acts_of_authority_name_no_copyright_concept() =>
        Assert.That(ConceptMatcher.Default.Find("acción de amparo contra actos de autoridad", "es"), Is.Empty);

    [Test]
    public void A_term_named_whole_may_have_one_other_word_between_two_of_its_words()
    {
        Assert.That(ConceptMatcher.Default.FindIn("es", "daño a los datos informáticos").Select(h => h.Code), Is.EqualTo(new[] { "data-interference" }));
        Assert.That(ConceptMatcher.Default.FindIn("es", "daño causado a sus datos informáticos"), Is.Empty, "three words between");
    }

    [Test]
    public void A_typographic_apostrophe_reads_as_a_typed_one() =>
        Assert.That(ConceptLexicon.NormalizePhrase("Atteinte à l’intégrité des données"), Is.EqualTo(ConceptLexicon.NormalizePhrase("atteinte a l'integrite des donnees")));

    [TestCase("sollicitation d'enfants à des fins sexuelles", "child-grooming")]
    [TestCase("benaderen van kinderen voor seksuele doeleinden", "child-grooming")]
    [TestCase("aliciamento de menores para fins sexuais", "child-grooming")]
    [TestCase("luring a child online", "child-grooming")]
    [TestCase("actos lesivos a los derechos de autor", "ip-infringement")]
    [TestCase("criminal infringement of a copyright", "ip-infringement")]
    [TestCase("inbreuk op het auteursrecht", "ip-infringement")]
    [TestCase("droit d'auteur et droits connexes", "ip-infringement")]
    [TestCase("blackmail", "extortion")]
    [TestCase("chantage", "extortion")]
    [TestCase("afdreiging", "extortion")]
    [TestCase("interferência em dados", "data-interference")]
    [TestCase("interfering with programme or data", "data-interference")]
    [TestCase("sabotagem informática", "system-interference")]
    [TestCase("interfering with computer system", "system-interference")]
    [TestCase("computerfraude", "computer-fraud")]
    [TestCase("falsedad informática", "computer-forgery")]
    [TestCase("falsidade informática", "computer-forgery")]
    [TestCase("uso abusivo de dispositivos", "misuse-of-devices")]
    [TestCase("entraide juridique en matière criminelle", "mutual-assistance")]
    [TestCase("wederzijdse rechtshulp in strafzaken", "mutual-assistance")]
    [TestCase("asistencia jurídica internacional", "mutual-assistance")]
    [TestCase("aiding or abetting a computer offence", "attempt-aiding")]
    [TestCase("responsabilité pénale des personnes morales", "corporate-liability")]
    public void The_statutes_headings_and_standard_legal_terms_name_their_concept(string query, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query).Select(h => h.Code), Does.Contain(code));

    [TestCase("tentativa de homicidio", "attempt-aiding")]
    [TestCase("violencia psicológica mediante chantaje", "extortion")]
    [TestCase("injure or damage property", "defamation")]
    [TestCase("copyright registration fees", "ip-infringement")]
    [TestCase("identity fraud", "identity-theft")]
    [TestCase("fraude à l'identité", "identity-theft")]
    public void Near_misses_of_the_new_terms_do_not_name_the_concept(string query, string code) =>
        Assert.That(ConceptMatcher.Default.Find(query).Select(h => h.Code), Does.Not.Contain(code));
}

public sealed class DivisionHeadingClassificationTests
{
    private const string Text = "Al que sin derecho obligue a otro a dar, hacer, dejar de hacer o tolerar algo, obteniendo un lucro para sí o para otro.";

    private static IEnumerable<string> Codes(string divisions) =>
        OffenceClassifier.Default.Classify(new Indexer.Domain.Provision("390", Indexer.Domain.ProvisionKinds.Article, null, [], Text, 0, Divisions: divisions)).Select(m => m.Code);

    [Test]
    public void The_chapter_printed_just_above_a_headless_article_names_its_offence() =>
        Assert.That(Codes("CAPITULO III BIS\nExtorsión"), Does.Contain("extortion"));

    [Test]
    public void An_outer_title_above_the_chapter_does_not() =>
        Assert.That(Codes("TITULO XXII\nDe la extorsión y otros delitos contra el patrimonio\nCAPITULO I\nRobo"), Does.Not.Contain("extortion"));
}
