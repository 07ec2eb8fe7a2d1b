using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace LegalSearch.Indexer.Languages.Nl;

/// <summary>Dutch: Surinamese and Caribbean-Dutch statutes, the Dutch text of the bilingual Budapest Convention.</summary>
public sealed class DutchLanguage : LanguageDefinition
{
    public override string Code => "nl";

    public override string OcrCode => "nld";

    /// <summary>Debian ships no Apertium pair with Dutch and one of our languages.</summary>
    public override string? ApertiumCode => null;

    public override IReadOnlyList<string> StopWords { get; } =
        ["de", "het", "een", "en", "of", "van", "in", "op", "te", "aan", "door", "voor", "met", "die", "dat", "is", "zijn"];

    public override IReadOnlyList<string> QuestionWords { get; } =
        ["wat", "wie", "hoe", "wanneer", "waar", "waarom", "kan", "kunnen", "mag", "moet", "ik", "mij", "mijn", "jij", "je", "jouw", "u", "uw", "wij", "we", "ons", "onze"];

    public override IReadOnlyList<string> MeaningfulWords { get; } = [];

    public override IReadOnlyList<string> DetectorProfile { get; } =
        ["het", "van", "een", "wordt", "op", "voor", "zijn", "door", "bij", "niet", "worden", "aan", "ingevolge", "deze"];

    public override SegmentationVocabulary Segmentation { get; } = new()
    {
        ArticleWords = ["ARTIKEL", "Artikel"],
        ArticleAbbreviations = [@"ART\.", @"Art\."],
        UndottedAbbreviations = ["Art"],
        Divisions =
        [
            new(DivisionLevel.Book, "BOEK", "Boek"),
            new(DivisionLevel.Part, "DEEL", "Deel"),
            new(DivisionLevel.Title, "TITEL", "Titel"),
            new(DivisionLevel.Chapter, "HOOFDSTUK", "Hoofdstuk", EndsLead: true),
            new(DivisionLevel.Section, "PARAGRAAF", "Paragraaf"),
        ],
        TransitoryHeadings = ["OVERGANGSBEPALINGEN", "Overgangsbepalingen", @"(?:ADDITIONELE\s+ARTIKELEN|Additionele\s+artikelen)"],
        AnnexHeadings = ["BIJLAGEN?", "Bijlagen?"],
        AmendmentWords = ["luidt", @"als\s+volgt", "gewijzigd"],
    };

    public override CitationVocabulary Citation { get; } = new()
    {
        ArticleAbbreviation = "art.",
        ReferenceMarkers = ["artikel", "arts?"],
        LawWords = ["wet"],
    };

    public override IReadOnlyDictionary<string, string> OffenceLabels { get; } = new Dictionary<string, string>
    {
        ["illegal-access"] = "Onrechtmatige toegang",
        ["illegal-interception"] = "Onrechtmatige interceptie",
        ["data-interference"] = "Aantasting van gegevens",
        ["system-interference"] = "Aantasting van systemen",
        ["misuse-of-devices"] = "Misbruik van apparatuur",
        ["computer-forgery"] = "Computervervalsing",
        ["computer-fraud"] = "Computerfraude",
        ["child-sexual-abuse-material"] = "Strafbare feiten met betrekking tot kinderpornografie",
        ["ip-infringement"] = "Inbreuken op het auteursrecht en naburige rechten",
        ["attempt-aiding"] = "Poging en medeplichtigheid",
        ["corporate-liability"] = "Aansprakelijkheid van rechtspersonen",
        ["expedited-preservation"] = "Snelle bewaring van opgeslagen computergegevens",
        ["production-order"] = "Bevel tot verstrekking",
        ["search-seizure"] = "Doorzoeking en inbeslagneming van opgeslagen computergegevens",
        ["traffic-data-collection"] = "Vergaring in real time van verkeersgegevens",
        ["content-interception"] = "Interceptie van inhoudsgegevens",
        ["mutual-assistance"] = "Internationale samenwerking en wederzijdse rechtshulp",
        ["personal-data-protection"] = "Bescherming van persoonsgegevens",
        ["child-grooming"] = "Grooming van kinderen",
        ["intimate-images"] = "Verspreiden van intieme beelden zonder toestemming",
        ["identity-theft"] = "Identiteitsfraude",
        ["fraud"] = "Oplichting",
        ["threats"] = "Bedreiging",
        ["stalking"] = "Belaging",
        ["racism-xenophobia"] = "Racisme en vreemdelingenhaat",
        ["extradition"] = "Uitlevering",
        ["incident-reporting"] = "Melding van incidenten en datalekken",
        ["privacy-violation"] = "Schending van brief- en beroepsgeheim",
        ["money-laundering"] = "Witwassen",
        ["bribery"] = "Omkoping",
        ["extortion"] = "Afpersing",
        ["human-trafficking"] = "Mensenhandel",
        ["defamation"] = "Smaad en laster",
        ["sexual-harassment"] = "Seksuele intimidatie",
        ["data-subject-consent"] = "Toestemming voor de verwerking van persoonsgegevens",
        ["data-subject-rights"] = "Rechten van de betrokkene (inzage, rectificatie, wissing)",
        ["international-data-transfer"] = "Doorgifte van persoonsgegevens naar derde landen",
        ["data-protection-authority"] = "Toezichthoudende autoriteit voor gegevensbescherming",
        ["sensitive-personal-data"] = "Bijzondere persoonsgegevens",
        ["access-to-public-information"] = "Openbaarheid van overheidsinformatie",
    };

    public override TokenStream Stem(TokenStream stream) => new SnowballFilter(stream, new DutchStemmer());
}
