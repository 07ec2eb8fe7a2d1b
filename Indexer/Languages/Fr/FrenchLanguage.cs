using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;

namespace LegalSearch.Indexer.Languages.Fr;

/// <summary>French: Canadian federal laws (laws-lois XML), Haitian and African statutes, the French Convention.</summary>
public sealed class FrenchLanguage : LanguageDefinition
{
    public override string Code => "fr";

    public override string OcrCode => "fra";

    public override string? ApertiumCode => "fra";

    public override IReadOnlyList<string> StopWords { get; } =
        ["le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "à", "au", "aux", "en", "que", "qui", "se", "sa", "son", "ses", "par", "pour", "est", "l", "d"];

    public override IReadOnlyList<string> QuestionWords { get; } =
        ["quoi", "quel", "quelle", "quels", "quelles", "comment", "quand", "où", "pourquoi", "peut", "peuvent", "puis", "dois", "je", "j", "me", "m", "moi", "mon", "ma", "mes", "tu", "te", "toi", "ton", "ta", "tes", "vous", "votre", "vos", "nous", "notre", "nos", "on", "quelqu'un", "celui", "celle"];

    public override IReadOnlyList<string> MeaningfulWords { get; } = ["sans", "avec", "ne", "pas"];

    public override IReadOnlyList<string> DetectorProfile { get; } =
        ["le", "les", "des", "du", "et", "est", "une", "dans", "qui", "sur", "aux", "être", "pas", "au", "loi"];

    public override SegmentationVocabulary Segmentation { get; } = new()
    {
        ArticleWords = ["ARTICLE", "Article"],
        ArticleAbbreviations = [@"ART\.", @"Art\."],
        UndottedAbbreviations = ["Art"],
        FirstArticleInWords = @"(?<kw>Article|ARTICLE)\s+(?:premier|Premier|PREMIER)",
        Divisions =
        [
            new(DivisionLevel.Book, "LIVRE", "Livre"),
            new(DivisionLevel.Part, "PARTIE", "Partie"),
            new(DivisionLevel.Title, "TITRE", "Titre", EndsLead: true),
            new(DivisionLevel.Chapter, "CHAPITRE", "Chapitre", EndsLead: true),
            new(DivisionLevel.Section, "SECTION", "Section"),
        ],
        Ordinals = ["premi[eè]re?", "unique"],
        TransitoryHeadings = [@"DISPOSITIONS\s+TRANSITOIRES", @"Dispositions\s+transitoires"],
        AnnexHeadings = ["ANNEX(?:E|ES)?", "Annex(?:e|es)?"],
        PreambleHeadings = ["Preambule", "PREAMBULE", "Préambule", "PRÉAMBULE"],
        AmendmentWords = ["ainsi", "suivant", @"ce\s+qui\s+suit", "modifi[ée]", "remplac", "adjonction"],
    };

    public override CitationVocabulary Citation { get; } = new()
    {
        ArticleAbbreviation = "art.",
        ReferenceMarkers = ["article", "arts?"],
        LawWords = ["loi", "d[eé]cret"],
        ParagraphOpenings = ["Art", "ART"],
    };

    public override IReadOnlyDictionary<string, string> OffenceLabels { get; } = new Dictionary<string, string>
    {
        ["illegal-access"] = "Accès illégal",
        ["illegal-interception"] = "Interception illégale",
        ["data-interference"] = "Atteinte à l'intégrité des données",
        ["system-interference"] = "Atteinte à l'intégrité du système",
        ["misuse-of-devices"] = "Abus de dispositifs",
        ["computer-forgery"] = "Falsification informatique",
        ["computer-fraud"] = "Fraude informatique",
        ["child-sexual-abuse-material"] = "Pornographie enfantine",
        ["ip-infringement"] = "Atteintes à la propriété intellectuelle",
        ["attempt-aiding"] = "Tentative et complicité",
        ["corporate-liability"] = "Responsabilité des personnes morales",
        ["expedited-preservation"] = "Conservation rapide de données",
        ["production-order"] = "Injonction de produire",
        ["search-seizure"] = "Perquisition et saisie de données",
        ["traffic-data-collection"] = "Collecte en temps réel des données relatives au trafic",
        ["content-interception"] = "Interception de données relatives au contenu",
        ["mutual-assistance"] = "Coopération et entraide",
        ["personal-data-protection"] = "Protection des données personnelles",
        ["child-grooming"] = "Leurre d'enfants",
        ["intimate-images"] = "Diffusion non consensuelle d'images intimes",
        ["identity-theft"] = "Usurpation d'identité",
        ["fraud"] = "Escroquerie",
        ["threats"] = "Proférer des menaces",
        ["stalking"] = "Harcèlement criminel",
        ["racism-xenophobia"] = "Racisme et xénophobie",
        ["extradition"] = "Extradition",
        ["incident-reporting"] = "Déclaration des incidents et atteintes à la sécurité",
        ["privacy-violation"] = "Violation des correspondances et des secrets",
        ["money-laundering"] = "Blanchiment d'argent",
        ["bribery"] = "Corruption",
        ["extortion"] = "Extorsion",
        ["human-trafficking"] = "Traite des personnes",
        ["defamation"] = "Diffamation",
        ["sexual-harassment"] = "Harcèlement sexuel",
        ["data-subject-consent"] = "Consentement au traitement des données personnelles",
        ["data-subject-rights"] = "Droits d'accès et de rectification",
        ["international-data-transfer"] = "Transfert international de données personnelles",
        ["data-protection-authority"] = "Autorité de protection des données",
        ["sensitive-personal-data"] = "Données sensibles",
        ["access-to-public-information"] = "Accès à l'information publique",
    };

    public override TokenStream BeforeStopWords(TokenStream stream) => new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);

    public override TokenStream Stem(TokenStream stream) => new FrenchLightStemFilter(stream);
}
