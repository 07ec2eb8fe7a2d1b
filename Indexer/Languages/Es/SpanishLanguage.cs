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

    public override IReadOnlyList<string> QuestionWords { get; } =
        ["qué", "cuál", "cuáles", "quién", "quiénes", "cómo", "cuándo", "dónde", "puede", "pueden", "puedo", "debo", "hay", "tengo", "mi", "mis", "me", "yo", "tú", "tu", "tus", "usted", "ustedes", "nos", "nuestro", "nuestra", "alguien"];

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
        Notes = new()
        {
            Lines =
            [
                // Diario Oficial de la Federación (Mexico): "Artículo reformado DOF 17-05-1999", "Párrafo adicionado DOF 24-06-2009".
                @"[\p{L}\s,()]{0,60}\bDOF\s+\d{2}-\d{2}-\d{4}(?:(?:,|\s+y)\s+(?:DOF\s+)?\d{2}-\d{2}-\d{4})*\.?",
                // SUIN-Juriscol (Colombia): "Corregido yerro Artículo 1 DECRETO 1494 de 2015", "Modificado Artículo 34 LEY 2195 de 2022".
                @"(?:Corregido\s+yerro|Modificad[oa]|Adicionad[oa]|Derogad[oa]|Reglamentad[oa](?:\s+parcialmente)?|Declarad[oa]\s+(?:in)?exequible|(?:Condicionalmente\s+)?[Ee]xequible|Inexequible|Sustituid[oa]|Subrogad[oa]|Aclarad[oa]|Suspendid[oa])\b.{0,200}\b(?:LEY|DECRETO|Decreto|Sentencia|SENTENCIA|ACTO\s+LEGISLATIVO|RESOLUCI[ÓO]N|Ley)\b.*",
                @"(?:Art[íi]culo\s+\d+\S*\s+)?(?:LEY|DECRETO|ACTO\s+LEGISLATIVO|RESOLUCI[ÓO]N)\s+\d+\s+de\s+\d{4}(?:\s+Vigente\s+desde.*)?",
                @"Vigente\s+desde:?\s.*",
                @"[\p{Lu} ]{4,60}\s\[Mostrar\]",
            ],
            // Lexis (Ecuador): "Nota: Artículo sustituido por …".
            Paragraphs = [@"Nota\s*:", @"NOTA\s*:"],
            Sections = [@"CONCORDANCIAS\s*:", @"JURISPRUDENCIA\s*:"],
            PriorWordings = [@"LEGISLACI[ÓO]N\s+ANTERIOR\b"],
            FrontMatter = [@"RESUMEN\s+DE\s+(?:MODIFICACIONES|JURISPRUDENCIA)\b", @"[ÍI]NDICE\s+\[Mostrar\]"],
            FrontMatterEnds = [@"(?:LEY|DECRETO|ACTO\s+LEGISLATIVO)(?:\s+ESTATUTARIA)?\s+\d+\s+DE\s+\d{4}", @"(?:.{0,60}\s)?DECRETA\s*:?"],
            Signatures =
            [
                @"El\s+Presidente\s+del?\s+(?:la\s+)?[Hh]onorable\s+Senado", @"EL\s+PRESIDENTE\s+DEL\s+HONORABLE\s+SENADO",
                @"Publ[íi]quese\s+y\s+c[úu]mplase", @"PUBL[ÍI]QUESE\s+Y\s+C[ÚU]MPLASE",
                @"Comun[íi]quese(?:\s+y|,)\s+publ[íi]quese", @"COMUN[ÍI]QUESE(?:\s+Y|,)\s+PUBL[ÍI]QUESE",
                @"Dad[oa]\s+en\s+(?:la\s+)?(?:Sala|Bogot|Santo\s+Domingo|el\s+Palacio|la\s+ciudad)", @"DAD[OA]\s+EN\s+",
            ],
            Judgments = [@"SENTENCIA(?:\s+N[ÚU]MERO)?\s+[CT]-\s?\d+(?:\s+DE\s+\d{4}|/\d{2,4})?"],
        },
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
        ["child-grooming"] = "Contacto con menores con fines sexuales (grooming)",
        ["intimate-images"] = "Difusión no consentida de imágenes íntimas",
        ["identity-theft"] = "Suplantación de identidad",
        ["fraud"] = "Estafa",
        ["threats"] = "Delito de amenazas",
        ["stalking"] = "Acoso y hostigamiento",
        ["racism-xenophobia"] = "Racismo y xenofobia",
        ["extradition"] = "Extradición",
        ["incident-reporting"] = "Notificación de incidentes y violaciones de seguridad",
        ["privacy-violation"] = "Violación de la correspondencia y de secretos",
        ["money-laundering"] = "Lavado de activos",
        ["bribery"] = "Cohecho",
        ["extortion"] = "Extorsión",
        ["human-trafficking"] = "Trata de personas",
        ["defamation"] = "Calumnia, injuria y difamación",
        ["sexual-harassment"] = "Acoso sexual",
        ["data-subject-consent"] = "Consentimiento para el tratamiento de datos personales",
        ["data-subject-rights"] = "Derechos del titular de los datos (acceso, rectificación, supresión)",
        ["international-data-transfer"] = "Transferencia internacional de datos personales",
        ["data-protection-authority"] = "Autoridad de protección de datos",
        ["sensitive-personal-data"] = "Datos sensibles",
        ["access-to-public-information"] = "Acceso a la información pública",
    };

    public override TokenStream Stem(TokenStream stream) => new SpanishLightStemFilter(stream);
}
