using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Pt;

namespace LegalSearch.Indexer.Languages.Pt;

/// <summary>Portuguese: the Brazilian penal code and data-protection law, Portuguese statutes.</summary>
public sealed class PortugueseLanguage : LanguageDefinition
{
    public override string Code => "pt";

    public override string OcrCode => "por";

    public override string? ApertiumCode => "por";

    public override IReadOnlyList<string> StopWords { get; } =
        ["o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "ou", "em", "no", "na", "nos", "nas", "que", "se", "ao", "aos", "por", "para", "pelo", "pela"];

    public override IReadOnlyList<string> QuestionWords { get; } =
        ["qual", "quais", "quem", "como", "quando", "onde", "pode", "podem", "posso", "devo", "há", "tenho", "meu", "minha", "meus", "minhas", "me", "eu", "você", "vocês", "nós", "nosso", "nossa", "alguém"];

    public override IReadOnlyList<string> MeaningfulWords { get; } = ["sem", "com", "não"];

    public override IReadOnlyList<string> DetectorProfile { get; } =
        ["os", "dos", "das", "não", "ao", "aos", "pelo", "pela", "artigo", "uma", "em", "são", "às", "ser", "lei", "nos"];

    public override SegmentationVocabulary Segmentation { get; } = new()
    {
        ArticleWords = ["ARTIGO", "Artigo"],
        ArticleAbbreviations = [@"ART\.", @"Art\."],
        UndottedAbbreviations = ["Art"],
        NotesAboveKeywordMarkers = true,
        Divisions =
        [
            new(DivisionLevel.Book, "LIVRO", "Livro"),
            new(DivisionLevel.Part, "PARTE", "Parte"),
            new(DivisionLevel.Title, "T[ÍI]TULO", "T[íi]tulo"),
            new(DivisionLevel.Chapter, "CAP[ÍI]TULO", "Cap[íi]tulo"),
            new(DivisionLevel.Section, "SE[ÇC][ÃA]O", "Se[çc][ãa]o"),
        ],
        Ordinals = ["[úu]nic[oa]", "preliminar"],
        TransitoryHeadings = [@"DISPOSI[ÇC][ÕO]ES\s+TRANSIT[ÓO]RIAS", @"Disposi[çc][õo]es\s+[Tt]ransit[óo]rias"],
        AnnexHeadings = ["ANEXOS?", "Anexos?"],
        PreambleHeadings = ["Preâmbulo", "PREÂMBULO"],
        AmendmentWords = ["adic[ií]ona", "acrescid", "acrescent", "vigorar"],
        SentenceOpenings = ["Um ", "Uma ", "É ", "Fica "],
        Notes = new()
        {
            // Planalto: "(Redação dada pela Lei nº 13.853, de 2019)", "(Incluído pela Lei nº 12.737, de 2012)", "(Vide ADIN 6387)".
            Inline =
            [
                @"Reda[çc][ãa]o\s+dada", @"Inclu[íi]d[oa]s?\s+pel", @"Acrescid[oa]s?\s+pel", @"Revogad[oa]s?\s+pel", @"Renumerad[oa]s?\s+pel",
                @"Vide\s", @"Vig[êe]ncia", "Regulamento", @"Promulga[çc][ãa]o",
            ],
            CurrentWording = [@"Reda[çc][ãa]o\s+dada", @"Inclu[íi]d[oa]s?\s+pel"],
        },
    };

    public override CitationVocabulary Citation { get; } = new()
    {
        ArticleAbbreviation = "art.",
        ReferenceMarkers = ["artigo", "arts?"],
        LawWords = ["lei", "decreto"],
        ParagraphOpenings = ["Art", "ART", "Par[aá]grafo"],
    };

    public override IReadOnlyDictionary<string, string> OffenceLabels { get; } = new Dictionary<string, string>
    {
        ["illegal-access"] = "Acesso ilegal",
        ["illegal-interception"] = "Interceptação ilegal",
        ["data-interference"] = "Interferência em dados",
        ["system-interference"] = "Interferência em sistemas",
        ["misuse-of-devices"] = "Uso indevido de dispositivos",
        ["computer-forgery"] = "Falsificação informática",
        ["computer-fraud"] = "Fraude informática",
        ["child-sexual-abuse-material"] = "Pornografia infantil",
        ["ip-infringement"] = "Violação de direitos autorais",
        ["attempt-aiding"] = "Tentativa e cumplicidade",
        ["corporate-liability"] = "Responsabilidade das pessoas jurídicas",
        ["expedited-preservation"] = "Conservação expedita de dados",
        ["production-order"] = "Injunção de produção",
        ["search-seizure"] = "Busca e apreensão de dados",
        ["traffic-data-collection"] = "Recolha de dados de tráfego",
        ["content-interception"] = "Interceptação de dados de conteúdo",
        ["mutual-assistance"] = "Cooperação e auxílio mútuo",
        ["personal-data-protection"] = "Proteção de dados pessoais",
        ["child-grooming"] = "Aliciamento de crianças para fins sexuais",
        ["intimate-images"] = "Divulgação não consentida de imagens íntimas",
        ["identity-theft"] = "Falsa identidade",
        ["fraud"] = "Estelionato",
        ["threats"] = "Crime de ameaça",
        ["stalking"] = "Perseguição e intimidação sistemática",
        ["racism-xenophobia"] = "Racismo e xenofobia",
        ["extradition"] = "Extradição",
        ["incident-reporting"] = "Comunicação de incidentes de segurança",
        ["privacy-violation"] = "Violação de correspondência e de segredo",
        ["money-laundering"] = "Lavagem de dinheiro",
        ["bribery"] = "Corrupção",
        ["extortion"] = "Extorsão",
        ["human-trafficking"] = "Tráfico de pessoas",
        ["defamation"] = "Calúnia, difamação e injúria",
        ["sexual-harassment"] = "Assédio sexual",
        ["data-subject-consent"] = "Consentimento para o tratamento de dados pessoais",
        ["data-subject-rights"] = "Direitos do titular dos dados (acesso, correção, eliminação)",
        ["international-data-transfer"] = "Transferência internacional de dados pessoais",
        ["data-protection-authority"] = "Autoridade Nacional de Proteção de Dados",
        ["sensitive-personal-data"] = "Dados pessoais sensíveis",
        ["access-to-public-information"] = "Acesso à informação pública",
    };

    public override TokenStream Stem(TokenStream stream) => new PortugueseLightStemFilter(stream);
}
