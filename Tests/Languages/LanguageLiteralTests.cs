using System.Text;
using System.Text.RegularExpressions;
using LegalSearch.Indexer.Languages;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Languages;

/// <summary>
/// Language knowledge lives in Indexer/Languages only: no string literal elsewhere in Indexer/ or Search.Web/ is a
/// language code ("es") or contains an article-marker word of a registered language ("Artículo", "Art", "Section", "§"),
/// also as the start of a regex fragment ("ART[ÍI]CULO", "Art\."). Tests and configuration are not scanned.
/// </summary>
public sealed partial class LanguageLiteralTests
{
    /// <summary>Literals that spell a marker word but are not statute vocabulary, with the reason.</summary>
    private static readonly (string File, string Literal, string Reason)[] Allowed =
    [
        ("Indexer/Schema/IndexFields.cs", "article", "the name of the article-number field"),
        ("Indexer/Domain/Provision.cs", "article", "the provision kind code of DESIGN.md"),
        ("Search.Web/Search/ProvisionView.cs", "article", "the provision kind code read back from the index"),
        ("Indexer/Extraction/Html/HtmlExtractor.cs", "section", "an HTML element name"),
        ("Indexer/Extraction/Html/HtmlExtractor.cs", "article", "an HTML element name"),
    ];

    /// <summary>A marker word not inside a word, an HTML tag name ("&lt;section") or an identifier ("art-{slug}", "article_key").</summary>
    private static readonly Regex MarkerWord = new(
        @"(?<![\p{L}</])(?:" + string.Join('|', LanguageVocabulary.ArticleWords, LanguageVocabulary.ArticleAbbreviations,
            LanguageVocabulary.UndottedAbbreviations, LanguageVocabulary.SectionWords, LanguageVocabulary.SectionAbbreviations) + @")(?![\p{L}_-])|" + LanguageVocabulary.SectionSigns,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Test]
    public void No_language_literal_outside_Languages()
    {
        var found = new List<string>();
        var used = new HashSet<(string, string)>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, file).Replace('\\', '/');
            foreach (var literal in StringLiterals(File.ReadAllText(file)))
            {
                var isCode = LanguageRegistry.Codes.Contains(literal);
                var marker = MarkerWord.Match(literal);
                if (!isCode && !marker.Success) continue;
                if (Allowed.Any(a => a.File == relative && a.Literal == literal))
                {
                    used.Add((relative, literal));
                    continue;
                }
                found.Add($"{relative}: \"{literal}\"");
            }
        }
        Assert.That(found, Is.Empty, "language words belong in Indexer/Languages");
        Assert.That(Allowed.Select(a => (a.File, a.Literal)).Except(used), Is.Empty, "allow-list entries no longer needed");
    }

    [Test]
    public void The_scan_sees_literals_of_every_kind()
    {
        const string code = """
            var a = "es"; // "fr" in a comment is fine
            var b = @"^(?:Art\.|x)"; var c = $"{x} Artículo"; var d = '"'; /* "Section" */ var e = "a \"Artigo\" b";
            """;
        var literals = StringLiterals(code).ToList();

        Assert.That(literals, Has.Count.EqualTo(4));
        Assert.That(literals.Count(l => LanguageRegistry.Codes.Contains(l) || MarkerWord.IsMatch(l)), Is.EqualTo(4));
    }

    [Test]
    public void Every_language_labels_every_offence_code()
    {
        foreach (var language in LanguageRegistry.All)
        {
            Assert.That(language.OffenceLabels.Keys, Is.EquivalentTo(Indexer.Classification.OffenceCatalog.All.Select(o => o.Code)), language.Code);
        }
    }

    private static IEnumerable<string> SourceFiles()
    {
        var languages = Path.Combine(TestPaths.RepositoryRoot, "Indexer", "Languages") + Path.DirectorySeparatorChar;
        return new[] { "Indexer", "Search.Web" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.StartsWith(languages, StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
    }

    /// <summary>The contents of the string literals of C# source (regular, verbatim, interpolated, raw), comments and char literals skipped.</summary>
    private static IEnumerable<string> StringLiterals(string source)
    {
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                i = source.IndexOf('\n', i) is var end and >= 0 ? end : source.Length;
            }
            else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : source.Length;
            }
            else if (c == '\'')
            {
                i = SkipCharLiteral(source, i);
            }
            else if (c == '"')
            {
                var prefix = Prefix(source, i);
                var (text, next) = ReadString(source, i, prefix.Contains('@'));
                yield return prefix.Contains('$') ? InterpolationHole().Replace(text, "{}") : text;
                i = next;
            }
            else i++;
        }
    }

    /// <summary>The code inside "{…}" of an interpolated string is not text ("{hit.Article}").</summary>
    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex InterpolationHole();

    private static string Prefix(string source, int quote)
    {
        var start = quote;
        while (start > 0 && source[start - 1] is '@' or '$') start--;
        return source[start..quote];
    }

    private static (string Text, int Next) ReadString(string source, int quote, bool verbatim)
    {
        if (source.AsSpan(quote).StartsWith("\"\"\""))
        {
            var quotes = 0;
            while (quote + quotes < source.Length && source[quote + quotes] == '"') quotes++;
            var close = source.IndexOf(new string('"', quotes), quote + quotes, StringComparison.Ordinal);
            return (source[(quote + quotes)..close], close + quotes);
        }
        var text = new StringBuilder();
        var i = quote + 1;
        while (i < source.Length)
        {
            var c = source[i];
            if (verbatim && c == '"' && i + 1 < source.Length && source[i + 1] == '"') { text.Append('"'); i += 2; continue; }
            if (c == '"') return (text.ToString(), i + 1);
            if (!verbatim && c == '\\' && i + 1 < source.Length) { text.Append(source[i + 1] == '"' ? '"' : source[i..(i + 2)]); i += 2; continue; }
            text.Append(c);
            i++;
        }
        return (text.ToString(), i);
    }

    private static int SkipCharLiteral(string source, int quote)
    {
        var i = quote + 1;
        if (i < source.Length && source[i] == '\\') i++;
        var close = source.IndexOf('\'', i + 1);
        return close >= 0 && close - quote <= 8 ? close + 1 : quote + 1;
    }
}
