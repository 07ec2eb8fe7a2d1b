namespace LegalSearch.Indexer.Segmentation;

/// <summary>How a statute writes its provision numbers.</summary>
public enum MarkerStyle
{
    /// <summary>"Artículo 269A.", "Art. 154-A", "Article 2 –", "Artikel 1".</summary>
    Keyword,

    /// <summary>US Code: "§1030. Fraud and related activity…".</summary>
    Section,

    /// <summary>A bare number: Canadian XML labels ("162.1"), Commonwealth bills ("4. (1) A person…").</summary>
    Label,
}

/// <summary>A line that starts a provision, as recognised before any sequence checks.</summary>
/// <param name="Line">Index of the line in the prepared lines.</param>
/// <param name="Keyword">The marker word as written ("Artículo", "Art.", "§", "" for labels).</param>
/// <param name="Number">The normalised number.</param>
/// <param name="Rest">The text after the number on the marker line.</param>
/// <param name="Quoted">True when the line opens with a quotation mark (text quoted from another statute).</param>
/// <param name="Correction">How the number was repaired ("2691 → 269I"), when it was.</param>
public sealed record ArticleMarker(int Line, string Keyword, string Number, string Rest, MarkerStyle Style, bool Quoted, string? Correction = null)
{
    public NumberKey Key => NumberKey.Parse(Number);
}
