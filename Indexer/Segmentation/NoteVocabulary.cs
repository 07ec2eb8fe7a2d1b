using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// How the sources print their editorial apparatus, as whole-line patterns (see <see cref="NoteRecognizer"/>).
/// Each alternation is the union of the per-style fragments.
/// </summary>
internal static class NoteVocabulary
{
    /// <summary>A line that is a note by itself: "Artículo reformado DOF 17-05-1999", "Corregido yerro Artículo 1 DECRETO 1494 de 2015".</summary>
    public static Regex Lines { get; } = Whole(
    [
        @"[\p{L}\s,()]{0,60}\bDOF\s+\d{2}-\d{2}-\d{4}(?:(?:,|\s+y)\s+(?:DOF\s+)?\d{2}-\d{2}-\d{4})*\.?",
        @"(?:Corregido\s+yerro|Modificad[oa]|Adicionad[oa]|Derogad[oa]|Reglamentad[oa](?:\s+parcialmente)?|Declarad[oa]\s+(?:in)?exequible|(?:Condicionalmente\s+)?[Ee]xequible|Inexequible|Sustituid[oa]|Subrogad[oa]|Aclarad[oa]|Suspendid[oa])\b.{0,200}\b(?:LEY|DECRETO|Decreto|Sentencia|SENTENCIA|ACTO\s+LEGISLATIVO|RESOLUCI[ÓO]N|Ley)\b.*",
        @"(?:Art[íi]culo\s+\d+\S*\s+)?(?:LEY|DECRETO|ACTO\s+LEGISLATIVO|RESOLUCI[ÓO]N)\s+\d+\s+de\s+\d{4}(?:\s+Vigente\s+desde.*)?",
        @"Vigente\s+desde:?\s.*",
        @"[\p{Lu}ÁÉÍÓÚÑ ]{4,60}\s\[Mostrar\]",
    ]);

    /// <summary>A line that opens a note running to the end of its sentence: "Nota: Artículo sustituido por …".</summary>
    public static Regex Paragraphs { get; } = Start(
    [
        @"Nota\s*:",
        @"NOTA\s*:",
    ]);

    /// <summary>A line after which the rest of the provision is notes: a US source credit, "Editorial Notes", "CONCORDANCIAS:".</summary>
    public static Regex Sections { get; } = Start(
    [
        @"\((?:Added|As\s+added|Pub\.\s*L\.|(?:Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)\.|May|June|July)\s",
        @"(?:Editorial|Statutory)\s+Notes\b",
        @"(?:EDITORIAL|STATUTORY)\s+NOTES\b",
        @"CONCORDANCIAS\s*:",
        @"JURISPRUDENCIA\s*:",
    ]);

    /// <summary>Notes inside a line (Planalto): "(Redação dada pela Lei nº 13.853, de 2019)", "(Incluído pela Lei nº 12.737, de 2012)".</summary>
    public static Regex Inline { get; } = new(
        @"\s*\((?:Reda[çc][ãa]o\s+dada|Inclu[íi]d[oa]s?\s+pel|Acrescid[oa]s?\s+pel|Revogad[oa]s?\s+pel|Renumerad[oa]s?\s+pel|Vide\s|Vig[êe]ncia|Regulamento|Promulga[çc][ãa]o)[^()]*(?:\([^()]*\)[^()]*)*\)",
        RegexOptions.CultureInvariant);

    /// <summary>An inline note saying the wording is the one in force: "(Redação dada pela Lei …)", "(Incluído pela Lei …)".</summary>
    public static Regex CurrentWording { get; } = Start([@"\((?:Reda[çc][ãa]o\s+dada|Inclu[íi]d[oa]s?\s+pel)"]);

    /// <summary>The heading under which a consolidated source prints the earlier wordings of the provision above it (SUIN).</summary>
    public static Regex PriorWordings { get; } = Start([@"LEGISLACI[ÓO]N\s+ANTERIOR\b"]);

    /// <summary>Front matter of a database page before the law (SUIN): its summaries name articles without being them.</summary>
    public static Regex FrontMatter { get; } = Start([@"RESUMEN\s+DE\s+(?:MODIFICACIONES|JURISPRUDENCIA)\b", @"[ÍI]NDICE\s+\[Mostrar\]"]);

    /// <summary>Where the front matter ends: the law's own title ("LEY 1712 DE 2014") or its enacting formula ("DECRETA:").</summary>
    public static Regex FrontMatterEnd { get; } = Whole([@"(?:LEY|DECRETO|ACTO\s+LEGISLATIVO)(?:\s+ESTATUTARIA)?\s+\d+\s+DE\s+\d{4}", @"(?:.{0,60}\s)?DECRETA\s*:?"]);

    /// <summary>The first line of the signatures after the last article: "El Presidente del honorable Senado…", "Dada en Bogotá…".</summary>
    public static Regex Signatures { get; } = Start(
    [
        @"El\s+Presidente\s+del?\s+(?:la\s+)?[Hh]onorable\s+Senado",
        @"EL\s+PRESIDENTE\s+DEL\s+HONORABLE\s+SENADO",
        @"Publ[íi]quese\s+y\s+c[úu]mplase",
        @"PUBL[ÍI]QUESE\s+Y\s+C[ÚU]MPLASE",
        @"Comun[íi]quese(?:\s+y|,)\s+publ[íi]quese",
        @"COMUN[ÍI]QUESE(?:\s+Y|,)\s+PUBL[ÍI]QUESE",
        @"Dad[oa]\s+en\s+(?:la\s+)?(?:Sala|Bogot|Santo\s+Domingo|el\s+Palacio|la\s+ciudad)",
        @"DAD[OA]\s+EN\s+",
    ]);

    /// <summary>The heading of a court ruling printed after the law (SUIN): an annex, whose quoted articles are not the law's.</summary>
    public static Regex Judgments { get; } = Whole([@"SENTENCIA(?:\s+N[ÚU]MERO)?\s+[CT]-\s?\d+(?:\s+DE\s+\d{4}|/\d{2,4})?"]);

    private static Regex Whole(IEnumerable<string> fragments) =>
        new($"^(?:{string.Join('|', fragments)})$", RegexOptions.CultureInvariant);

    private static Regex Start(IEnumerable<string> fragments) =>
        new($"^(?:{string.Join('|', fragments)})", RegexOptions.CultureInvariant);
}
