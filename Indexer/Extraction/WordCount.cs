namespace LegalSearch.Indexer.Extraction;

/// <summary>Counts words the way we compare extractions: whitespace-separated tokens holding a letter or digit.</summary>
public static class WordCount
{
    public static int Of(string text)
    {
        var count = 0;
        var inToken = false;
        var tokenHasWordChar = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWordChar) count++;
                inToken = tokenHasWordChar = false;
                continue;
            }
            inToken = true;
            tokenHasWordChar |= char.IsLetterOrDigit(c);
        }
        return inToken && tokenHasWordChar ? count + 1 : count;
    }
}
