namespace LegalSearch.Web.Pages;

/// <summary>A section of /help: its anchor (syntax errors link to it, <see cref="Search.Parsing.QueryError.HelpAnchor"/>) and its forms.</summary>
/// <param name="Forms">Keys of the forms; each has an example (a query over the shared corpus) and a meaning in Resources/UiText*.resx.</param>
public sealed record HelpSection(string Anchor, IReadOnlyList<string> Forms);

/// <summary>What /help lists: every form of the grammar (Search/Parsing) in a section. Texts: "help.section.{anchor}", "help.form.{key}.example|meaning".</summary>
public static class HelpContent
{
    public static IReadOnlyList<HelpSection> Sections { get; } =
    [
        new("words", ["words", "articleNumber", "citation", "boost"]),
        new("phrases", ["phrase", "slop"]),
        new("proximity", ["near", "w", "pre", "sentence", "paragraph", "nearGroup"]),
        new("boolean", ["and", "or", "not", "group"]),
        new("wildcards", ["prefix", "wildcard", "fuzzy"]),
        new("fields", ["country", "lang", "numberField", "offence", "year", "statute", "heading", "notes"]),
        new("limits", ["limits"]),
    ];

    public static string Example(string form) => Localization.UiText.Get($"help.form.{form}.example", Localization.UiText.Languages[0]);
}
