using LegalSearch.Indexer.Languages;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>
/// Bilingual files (the English + Dutch Budapest Convention) print every article twice. The articles whose
/// marker word belongs to another language than the first article's, and everything after the first of them,
/// are the second-language copy.
/// </summary>
internal static class SecondLanguage
{
    public static void Mark(IReadOnlyList<ProvisionDraft> drafts)
    {
        var first = drafts.FirstOrDefault(d => d.Marker is { } m && LanguageOf(m.Keyword) is not null);
        if (first is null) return;
        var primary = LanguageOf(first.Marker!.Keyword);
        var switchAt = -1;
        for (var i = 0; i < drafts.Count && switchAt < 0; i++)
        {
            if (drafts[i].Marker is { } m && drafts[i].Host is null && LanguageOf(m.Keyword) is { } other && other != primary) switchAt = i;
        }
        if (switchAt < 0) return;
        var language = LanguageOf(drafts[switchAt].Marker!.Keyword)!;
        if (switchAt > 0 && drafts[switchAt - 1].Marker is null) switchAt--;
        for (var i = switchAt; i < drafts.Count; i++) drafts[i].SecondLanguage = language;
    }

    private static string? LanguageOf(string keyword) => LanguageVocabulary.LanguageOfArticleWord(keyword);
}
