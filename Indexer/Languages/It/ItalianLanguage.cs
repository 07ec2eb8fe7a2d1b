using Lucene.Net.Analysis;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Languages.It;

/// <summary>Italian: the Codice penale ("Art. 615-ter"), laws and decrees ("Articolo 1"), San Marino and Swiss statutes.</summary>
public sealed class ItalianLanguage : LanguageDefinition
{
    public override string Code => "it";

    public override string OcrCode => "ita";

    /// <summary>Debian's apertium-es-it pairs it with Spanish, the pivot of query translation.</summary>
    public override string? ApertiumCode => "ita";

    /// <summary>Articles and prepositions only: "non", "senza", "con", "né" carry meaning and stay (see <see cref="MeaningfulWords"/>).</summary>
    public override IReadOnlyList<string> StopWords { get; } =
    [
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "dello", "della", "dei", "degli", "delle", "a", "al",
        "allo", "alla", "agli", "alle", "da", "dal", "dalla", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul",
        "sulla", "e", "ed", "o", "che", "si", "per",
    ];

    public override IReadOnlyList<string> MeaningfulWords { get; } = ["non", "senza", "con", "né"];

    public override IReadOnlyList<string> DetectorProfile { get; } =
        ["della", "di", "che", "gli", "nel", "delle", "degli", "alla", "sono", "essere", "chiunque", "articolo", "dei", "nella", "è", "reclusione"];

    public override SegmentationVocabulary Segmentation { get; } = new()
    {
        ArticleWords = ["ARTICOLO", "Articolo"],
        ArticleAbbreviations = [@"ART\.", @"Art\."],
        UndottedAbbreviations = ["Art"],
        Divisions =
        [
            new(DivisionLevel.Book, "LIBRO", "Libro", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Part, "PARTE", "Parte"),
            new(DivisionLevel.Title, "TITOLO", "Titolo", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Chapter, "CAPO", "Capo", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Section, "SEZIONE", "Sezione", NamedInAmendments: true, EndsLead: true),
        ],
        Ordinals = ["prim[oa]", "second[oa]", "terz[oa]", "quart[oa]", "quint[oa]", "sest[oa]", "settim[oa]", "ottav[oa]", "non[oa]", "decim[oa]", "[úu]nic[oa]"],
        TransitoryHeadings = [@"DISPOSIZIONI\s+TRANSITORIE(?:\s+E\s+FINALI)?", @"Disposizioni\s+transitorie(?:\s+e\s+finali)?"],
        AnnexHeadings = ["ALLEGAT[OI]", "Allegat[oi]"],
        PreambleHeadings = ["Preambolo", "PREAMBOLO"],
        AmendmentWords = ["aggiunt", "inserit", "sostitu", "seguent"],
        SentenceOpenings = ["Chiunque", "Qualora "],
    };

    public override CitationVocabulary Citation { get; } = new()
    {
        ArticleAbbreviation = "art.",
        ReferenceMarkers = ["articolo", "arts?", "artt"],
        LawWords = ["legge", "decreto"],
        ParagraphOpenings = ["Art", "ART"],
    };

    public override IReadOnlyDictionary<string, string> OffenceLabels { get; } = new Dictionary<string, string>
    {
        ["illegal-access"] = "Accesso illegale",
        ["illegal-interception"] = "Intercettazione abusiva",
        ["data-interference"] = "Attentato all'integrità dei dati",
        ["system-interference"] = "Attentato all'integrità di un sistema",
        ["misuse-of-devices"] = "Abuso di apparecchiature",
        ["computer-forgery"] = "Falsificazione informatica",
        ["computer-fraud"] = "Frode informatica",
        ["child-sexual-abuse-material"] = "Reati relativi alla pornografia infantile",
        ["ip-infringement"] = "Reati contro la proprietà intellettuale e i diritti connessi",
        ["attempt-aiding"] = "Tentativo e complicità",
        ["corporate-liability"] = "Responsabilità delle persone giuridiche",
        ["expedited-preservation"] = "Conservazione rapida di dati informatici immagazzinati",
        ["production-order"] = "Ordine di produzione",
        ["search-seizure"] = "Perquisizione e sequestro di dati informatici immagazzinati",
        ["traffic-data-collection"] = "Raccolta in tempo reale di dati sul traffico",
        ["content-interception"] = "Intercettazione di dati relativi al contenuto",
        ["mutual-assistance"] = "Cooperazione internazionale e assistenza giudiziaria",
        ["personal-data-protection"] = "Protezione dei dati personali",
        ["child-grooming"] = "Adescamento di minorenni",
        ["intimate-images"] = "Diffusione illecita di immagini sessualmente esplicite",
        ["identity-theft"] = "Sostituzione di persona",
        ["fraud"] = "Truffa",
        ["threats"] = "Minaccia",
        ["stalking"] = "Atti persecutori",
        ["racism-xenophobia"] = "Razzismo e xenofobia",
        ["extradition"] = "Estradizione",
        ["incident-reporting"] = "Notifica di incidenti e violazioni dei dati",
        ["privacy-violation"] = "Violazione di corrispondenza e di segreti",
        ["money-laundering"] = "Riciclaggio",
        ["bribery"] = "Corruzione",
        ["extortion"] = "Estorsione",
        ["human-trafficking"] = "Tratta di persone",
        ["defamation"] = "Diffamazione",
        ["sexual-harassment"] = "Molestie sessuali",
        ["data-subject-consent"] = "Consenso al trattamento dei dati personali",
        ["data-subject-rights"] = "Diritti dell'interessato (accesso, rettifica, cancellazione)",
        ["international-data-transfer"] = "Trasferimento internazionale di dati personali",
        ["data-protection-authority"] = "Autorità di protezione dei dati",
        ["sensitive-personal-data"] = "Dati sensibili",
        ["access-to-public-information"] = "Accesso all'informazione pubblica",
    };

    /// <summary>The elided articles and prepositions of Lucene's ItalianAnalyzer (private there): "l'accesso" → "accesso".</summary>
    private static readonly CharArraySet ElidedArticles = new(LuceneVersion.LUCENE_48,
        ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"],
        ignoreCase: true);

    public override TokenStream BeforeStopWords(TokenStream stream) => new ElisionFilter(stream, ElidedArticles);

    public override TokenStream Stem(TokenStream stream) => new ItalianLightStemFilter(stream);
}
