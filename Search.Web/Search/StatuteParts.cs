namespace LegalSearch.Web.Search;

/// <summary>A long statute cut into parts of about <c>size</c> provisions in statute order; a statute up to 1.5 parts long stays whole.</summary>
public static class StatuteParts
{
    public static IReadOnlyList<IReadOnlyList<ProvisionView>> Split(IReadOnlyList<ProvisionView> provisions, int size)
    {
        if (provisions.Count <= size * 3 / 2) return [provisions];
        return [.. provisions.Chunk(size).Select(chunk => (IReadOnlyList<ProvisionView>)chunk)];
    }

    /// <summary>The 1-based part that holds the provision with this anchor ("art-1030"), or null.</summary>
    public static int? PartOf(IReadOnlyList<ProvisionView> provisions, int size, string anchor)
    {
        var parts = Split(provisions, size);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Any(p => p.Anchor == anchor)) return i + 1;
        }
        return null;
    }
}
