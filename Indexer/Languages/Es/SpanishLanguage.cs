using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Es;

namespace LegalSearch.Indexer.Languages.Es;

/// <summary>Spanish: Latin-American penal codes and cybercrime laws (CO, MX, AR, CL, PE…), the Spanish Convention.</summary>
public sealed class SpanishLanguage : LanguageDefinition
{
    public override string Code => "es";

    public override string OcrCode => "spa";

    public override string? ApertiumCode => "spa";

    public override IReadOnlyList<string> StopWords { get; } =
        ["el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y", "e", "o", "u", "a", "en", "que", "se", "su", "sus", "lo", "por", "para", "es"];

    public override IReadOnlyList<string> MeaningfulWords { get; } = ["sin", "con", "no"];

    public override IReadOnlyList<string> DetectorProfile { get; } =
        ["el", "los", "las", "del", "por", "con", "una", "para", "artículo", "sus", "cuando", "sin", "este", "dicho", "podrá", "será"];

    public override SegmentationVocabulary Segmentation { get; } = new()
    {
        ArticleWords = ["ART[ÍI]CULO", "Art[íi]culo"],
        ArticleAbbreviations = [@"ART\.", @"Art\."],
        UndottedAbbreviations = ["Art"],
        Divisions =
        [
            new(DivisionLevel.Book, "LIBRO", "Libro", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Part, "PARTE", "Parte"),
            new(DivisionLevel.Title, "T[ÍI]TULO", "T[íi]tulo", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Chapter, "CAP[ÍI]TULO", "Cap[íi]tulo", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Section, "SECCI[ÓO]N", "Secci[óo]n", NamedInAmendments: true, EndsLead: true),
        ],
        Ordinals =
        [
            "primer[oa]?", "segund[oa]", "tercer[oa]?", "cuart[oa]", "quint[oa]", "sext[oa]", "s[ée]ptim[oa]", "octav[oa]",
            "noven[oa]", "d[ée]cim[oa]", "[úu]nic[oa]", "preliminar",
        ],
        TransitoryHeadings =
        [
            @"DISPOSICI[ÓO]N(?:ES)?\s+TRANSITORIAS?", @"Disposici[óo]n(?:es)?\s+[Tt]ransitorias?",
            @"(?:ART[ÍI]CULOS?\s+)?TRANSITORIOS?", @"(?:Art[íi]culos?\s+)?[Tt]ransitorios?",
        ],
        AnnexHeadings = ["ANEXOS?", "Anexos?"],
        PreambleHeadings = ["Preámbulo", "PREÁMBULO"],
        AmendmentWords =
        [
            @"del\s+siguiente\s+tenor",
            @"siguientes?\s+(?:texto|tenor|art[ií]culos?|inciso|numeral|literal|p[aá]rrafo|letra|sentido)",
            @"as[ií]\s*:", "adici[oó]n", "adici[oó]nese", "agr[eé]g", "intercal", "sustit[uú]y", "reempl[aá]z", "modif[ií]c",
            @"texto\s*:", @"redacci[oó]n\s*:",
        ],
        SentenceOpenings =
        [
            "El que", "La que", "Los que", "Al que", "A quien", "Quien", "Quienes", "La persona", "Las personas", "Se ", "Será",
            "Serán", "Para ", "En ", "Cuando", "Si ", "Toda ", "Todo ", "Es ", "Son ", "No ", "Este ", "Esta ", "Las ", "Los ",
            "Lo ", "La ", "El ", "O ", "A ",
        ],
    };

    public override CitationVocabulary Citation { get; } = new()
    {
        ArticleAbbreviation = "art.",
        ReferenceMarkers = ["art[íi]culo", "arts?", "secci[óo]n"],
        LawWords = ["ley", "decreto"],
        ParagraphOpenings = ["Art", "ART", "CAP[IÍ]TULO", "T[IÍ]TULO"],
    };

    public override IReadOnlyDictionary<string, string> OffenceLabels { get; } = new Dictionary<string, string>
    {
        ["illegal-access"] = "Acceso ilícito",
        ["illegal-interception"] = "Interceptación ilícita",
        ["data-interference"] = "Ataques a la integridad de los datos",
        ["system-interference"] = "Ataques a la integridad del sistema",
        ["misuse-of-devices"] = "Abuso de los dispositivos",
        ["computer-forgery"] = "Falsificación informática",
        ["computer-fraud"] = "Fraude informático",
        ["child-sexual-abuse-material"] = "Pornografía infantil",
        ["ip-infringement"] = "Infracciones de la propiedad intelectual",
        ["attempt-aiding"] = "Tentativa y complicidad",
        ["corporate-liability"] = "Responsabilidad de las personas jurídicas",
        ["expedited-preservation"] = "Conservación rápida de datos",
        ["production-order"] = "Orden de presentación",
        ["search-seizure"] = "Registro y confiscación de datos",
        ["traffic-data-collection"] = "Obtención en tiempo real de datos de tráfico",
        ["content-interception"] = "Interceptación de datos de contenido",
        ["mutual-assistance"] = "Cooperación y asistencia mutua",
        ["personal-data-protection"] = "Protección de datos personales",
    };

    public override TokenStream Stem(TokenStream stream) => new SpanishLightStemFilter(stream);
}
