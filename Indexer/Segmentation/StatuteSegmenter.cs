using System.Text;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Splits extracted text into provisions at article markers ("Artículo 269A", "Art. 154-A", "Article 2", "§ 1030",
/// "Section 4", "Artikel 1"), keeping hierarchy headings (Título, Capítulo, Part, Chapter...) as the path.
/// Text before the first article is kept as the preamble.
/// </summary>
public static partial class StatuteSegmenter
{
    public static IReadOnlyList<Provision> Segment(ExtractedDocument document, string language)
    {
        var provisions = new List<Provision>();
        var path = new SortedDictionary<int, string>();
        string? number = null;
        string? heading = null;
        IReadOnlyList<string> provisionPath = [];
        var body = new StringBuilder();
        var preamble = new StringBuilder();

        void Close()
        {
            if (number is null) return;
            provisions.Add(new Provision(number, ProvisionKinds.Article, heading, provisionPath, body.ToString().Trim(), provisions.Count));
            body.Clear();
        }

        foreach (var block in document.Blocks.Where(b => !b.Revoked))
        {
            var text = block.Text;
            var level = HierarchyLevel(text);
            if (level >= 0)
            {
                foreach (var deeper in path.Keys.Where(k => k >= level).ToList()) path.Remove(deeper);
                path[level] = text.Length > 120 ? text[..120] : text;
            }

            var match = ArticleStart().Match(text);
            if (match.Success)
            {
                Close();
                number = ArticleNumber.Normalize(match.Groups["num"].Value);
                var rest = text[match.Length..].Trim();
                heading = HeadingFrom(rest);
                provisionPath = path.Values.ToList();
                body.Append(text).Append('\n');
                continue;
            }

            (number is null ? preamble : body).Append(text).Append('\n');
        }
        Close();

        if (preamble.Length > 0)
        {
            provisions.Insert(0, new Provision("preamble", ProvisionKinds.Preamble, null, [], preamble.ToString().Trim(), 0));
        }
        return Deduplicate(provisions);
    }

    /// <summary>Keeps each number once: later repeats (table of contents echoes, quoted amendments) get a suffix.</summary>
    private static IReadOnlyList<Provision> Deduplicate(List<Provision> provisions)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Provision>(provisions.Count);
        foreach (var provision in provisions)
        {
            var slug = provision.Slug;
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            var number = count == 0 ? provision.Number : $"{provision.Number} ({count + 1})";
            result.Add(provision with { Number = number, Ordinal = result.Count });
        }
        return result;
    }

    private static string? HeadingFrom(string rest)
    {
        rest = rest.TrimStart('.', '-', '–', '—', ':', ' ', 'º', '°');
        if (rest.Length == 0) return null;
        var end = rest.IndexOfAny(['.', ':']);
        var heading = end > 0 ? rest[..end] : rest;
        return heading.Length is > 2 and <= 160 ? heading.Trim() : null;
    }

    private static int HierarchyLevel(string line)
    {
        var match = HierarchyHeading().Match(line);
        if (!match.Success || line.Length > 160) return -1;
        return match.Groups[1].Value.ToLowerInvariant() switch
        {
            "libro" or "livro" or "book" or "livre" or "boek" => 0,
            "parte" or "part" or "partie" or "deel" => 1,
            "título" or "titulo" or "title" or "titre" or "titel" => 2,
            "capítulo" or "capitulo" or "chapter" or "chapitre" or "hoofdstuk" => 3,
            "subchapter" or "division" => 4,
            _ => 5,
        };
    }

    [GeneratedRegex(@"^(?:ART[ÍI]CULO|Art[íi]culo|Art\.|ARTIGO|Artigo|Article|ARTICLE|Artikel|ARTIKEL|Art|§|Section|SECTION|Sec\.)\s*(?<num>\d+(?:[\.\-–]\s?\d+)*(?:\s?[-–]?\s?[A-Z](?![a-z]))?(?:\s+(?:bis|ter|quater|quinquies|sexies|BIS|TER|QUATER|Bis|Ter|Quater)(?:\s+\d+)?)?)\s*(?:[º°o]\.?|er)?(?=[\s\.\-–:,]|$)")]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^(LIBRO|Libro|LIVRO|Livro|BOOK|Book|LIVRE|Livre|PARTE|Parte|PART|Part|PARTIE|Partie|T[ÍI]TULO|T[íi]tulo|TITLE|Title|TITRE|Titre|CAP[ÍI]TULO|Cap[íi]tulo|CHAPTER|Chapter|CHAPITRE|Chapitre|HOOFDSTUK|Hoofdstuk|SUBCHAPTER|Subchapter|DIVISION|Division|SECCI[ÓO]N|Secci[óo]n|SE[ÇC][ÃA]O|Se[çc][ãa]o)\s+[IVXLCDM\d]+", RegexOptions.None)]
    private static partial Regex HierarchyHeading();
}
