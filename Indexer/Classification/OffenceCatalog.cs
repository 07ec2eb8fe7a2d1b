using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Classification;

/// <summary>
/// The offence codes of DESIGN.md with their Budapest Convention articles. Their labels come from the language
/// definitions (<see cref="LanguageDefinition.OffenceLabels"/>): the interface language first, then the others in
/// registry order.
/// </summary>
public static class OffenceCatalog
{
    public sealed record Offence(string Code, string Articles, IReadOnlyDictionary<string, string> Labels);

    private static Offence Make(string code, string articles) => new(code, articles, LabelsOf(code));

    private static Dictionary<string, string> LabelsOf(string code)
    {
        var languages = LanguageRegistry.All.OrderBy(l => l.Code == LanguageRegistry.Interface ? 0 : 1);
        var labels = new Dictionary<string, string>();
        foreach (var language in languages)
        {
            if (language.OffenceLabels.TryGetValue(code, out var label)) labels[language.Code] = label;
        }
        return labels;
    }

    public static IReadOnlyList<Offence> All { get; } =
    [
        Make("illegal-access", "2"),
        Make("illegal-interception", "3"),
        Make("data-interference", "4"),
        Make("system-interference", "5"),
        Make("misuse-of-devices", "6"),
        Make("computer-forgery", "7"),
        Make("computer-fraud", "8"),
        Make("child-sexual-abuse-material", "9"),
        Make("ip-infringement", "10"),
        Make("attempt-aiding", "11"),
        Make("corporate-liability", "12"),
        Make("expedited-preservation", "16, 17"),
        Make("production-order", "18"),
        Make("search-seizure", "19"),
        Make("traffic-data-collection", "20"),
        Make("content-interception", "21"),
        Make("mutual-assistance", "23–35"),
        Make("personal-data-protection", "—"),
        Make("child-grooming", "—"),
        Make("intimate-images", "—"),
        Make("identity-theft", "—"),
        Make("fraud", "—"),
        Make("threats", "—"),
        Make("stalking", "—"),
        Make("racism-xenophobia", "—"),
        Make("extradition", "24"),
        Make("incident-reporting", "—"),
        Make("privacy-violation", "—"),
        Make("money-laundering", "—"),
        Make("bribery", "—"),
        Make("extortion", "—"),
        Make("human-trafficking", "—"),
        Make("defamation", "—"),
        Make("sexual-harassment", "—"),
        Make("data-subject-consent", "—"),
        Make("data-subject-rights", "—"),
        Make("international-data-transfer", "—"),
        Make("data-protection-authority", "—"),
        Make("sensitive-personal-data", "—"),
        Make("access-to-public-information", "—"),
    ];

    public static bool IsKnown(string code) => All.Any(o => o.Code == code);
}
