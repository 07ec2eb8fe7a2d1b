using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace LegalSearch.Indexer.Languages.En;

/// <summary>English: the US Code (§ sections), Commonwealth acts and bills (numbered sections), the Budapest Convention.</summary>
public sealed class EnglishLanguage : LanguageDefinition
{
    public override string Code => "en";

    public override string OcrCode => "eng";

    public override string? ApertiumCode => "eng";

    public override IReadOnlyList<string> StopWords { get; } =
        ["the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "is", "be", "that", "which", "as", "its", "it", "this"];

    public override IReadOnlyList<string> QuestionWords { get; } =
        ["what", "which", "who", "whom", "whose", "how", "when", "where", "why", "can", "could", "must", "should", "would", "do", "does", "did", "i", "me", "my", "we", "us", "our", "you", "your", "they", "them", "their", "someone", "somebody", "anyone", "get", "gets"];

    public override IReadOnlyList<string> MeaningfulWords { get; } = ["not", "without"];

    public override IReadOnlyList<string> DetectorProfile { get; } =
        ["the", "of", "and", "to", "shall", "any", "or", "by", "with", "section", "person", "that", "which", "is", "be"];

    public override SegmentationVocabulary Segmentation { get; } = new()
    {
        ArticleWords = ["ARTICLE", "Article"],
        NumbersSections = true,
        SectionSigns = ["§"],
        SectionWords = ["SECTION", "Section"],
        SectionAbbreviations = [@"Sec\.", @"SEC\."],
        SectionRangeWords = ["to", "and", "through"],
        Divisions =
        [
            new(DivisionLevel.Book, "BOOK", "Book"),
            new(DivisionLevel.Part, "PART", "Part", NamedInAmendments: true, EndsLead: true),
            new(DivisionLevel.Title, "TITLE", "Title"),
            new(DivisionLevel.Chapter, "CHAPTER", "Chapter", EndsLead: true),
            new(DivisionLevel.Section, "SUBCHAPTER", "Subchapter"),
            new(DivisionLevel.Section, "SUBTITLE", "Subtitle"),
            new(DivisionLevel.Section, "DIVISION", "Division", NamedInAmendments: true),
            new(DivisionLevel.Section, "SECTION", "Section"),
        ],
        DivisionWordsInSentences = ["Title", "Part", "Chapter", "Subchapter", "Subtitle", "Division", "Section"],
        TransitoryHeadings = [@"TRANSITIONAL\s+PROVISIONS?", @"Transitional\s+[Pp]rovisions?"],
        AnnexHeadings = ["ANNEX(?:E|ES)?", "Annex(?:e|es)?", "SCHEDULES?", "Schedules?"],
        PreambleHeadings = ["Preamble", "PREAMBLE"],
        AmendmentWords = [@"the\s+following", @"read\s+as\s+follows", "insert", "amended"],
        SentenceOpenings = ["An ", "The ", "Where ", "Any ", "Every "],
        Notes = new()
        {
            // US Code: the source credit "(Pub. L. 99–508, … 100 Stat. 1860.)" / "(June 25, 1948, ch. 645, …)" and the notes after it.
            Sections =
            [
                @"\((?:Added|As\s+added|Pub\.\s*L\.|(?:Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)\.|May|June|July)\s",
                @"(?:Editorial|Statutory)\s+Notes\b", @"(?:EDITORIAL|STATUTORY)\s+NOTES\b",
            ],
        },
    };

    public override CitationVocabulary Citation { get; } = new()
    {
        ArticleAbbreviation = "s.",
        // "18 U.S.C. 1030", "6 USC § 681b": the U.S. Code's section follows the title's abbreviation.
        ReferenceMarkers = ["article", "arts?", "sec", "section", "§{1,2}", @"u\.?\s?s\.?\s?c(?:\.?\s?a)?\.?(?:\s*§{1,2})?"],
        LawWords = ["law", "decree"],
        ParagraphOpenings = ["§", "Section", "SECTION", "Chapter"],
    };

    public override IReadOnlyDictionary<string, string> OffenceLabels { get; } = new Dictionary<string, string>
    {
        ["illegal-access"] = "Illegal access",
        ["illegal-interception"] = "Illegal interception",
        ["data-interference"] = "Data interference",
        ["system-interference"] = "System interference",
        ["misuse-of-devices"] = "Misuse of devices",
        ["computer-forgery"] = "Computer-related forgery",
        ["computer-fraud"] = "Computer-related fraud",
        ["child-sexual-abuse-material"] = "Offences related to child pornography",
        ["ip-infringement"] = "Infringements of copyright and related rights",
        ["attempt-aiding"] = "Attempt and aiding or abetting",
        ["corporate-liability"] = "Corporate liability",
        ["expedited-preservation"] = "Expedited preservation of stored data",
        ["production-order"] = "Production order",
        ["search-seizure"] = "Search and seizure of stored computer data",
        ["traffic-data-collection"] = "Real-time collection of traffic data",
        ["content-interception"] = "Interception of content data",
        ["mutual-assistance"] = "International co-operation and mutual assistance",
        ["personal-data-protection"] = "Personal data protection",
        ["child-grooming"] = "Child grooming",
        ["intimate-images"] = "Non-consensual intimate images",
        ["identity-theft"] = "Identity theft",
        ["fraud"] = "Fraud (swindling)",
        ["threats"] = "Criminal threats",
        ["stalking"] = "Stalking and harassment",
        ["racism-xenophobia"] = "Racism and xenophobia",
        ["extradition"] = "Extradition",
        ["incident-reporting"] = "Incident and data breach reporting",
        ["privacy-violation"] = "Violation of correspondence and secrets",
        ["money-laundering"] = "Money laundering",
        ["bribery"] = "Bribery",
        ["extortion"] = "Extortion",
        ["human-trafficking"] = "Trafficking in persons",
        ["defamation"] = "Defamation",
        ["sexual-harassment"] = "Sexual harassment",
        ["data-subject-consent"] = "Consent to the processing of personal data",
        ["data-subject-rights"] = "Rights of the data subject (access, rectification, erasure)",
        ["international-data-transfer"] = "International transfer of personal data",
        ["data-protection-authority"] = "Data protection authority",
        ["sensitive-personal-data"] = "Sensitive personal data",
        ["access-to-public-information"] = "Access to public information",
    };

    /// <summary>A query's words in both spellings (<see cref="SpellingVariants"/>): the U.S. Code and the Commonwealth texts spell them apart.</summary>
    public override TokenStream ForQueries(TokenStream stream) => new SpellingVariantFilter(stream);

    public override TokenStream Stem(TokenStream stream) => new PorterStemFilter(new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, stream));
}
