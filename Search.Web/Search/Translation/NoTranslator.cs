namespace LegalSearch.Web.Search.Translation;

/// <summary>Used when Apertium is not installed or translation is switched off: nothing is added to a query.</summary>
public sealed class NoTranslator : IQueryTranslator
{
    public bool Available => false;

    public QueryTranslation Translate(IReadOnlyList<QueryTerm> terms, IReadOnlyCollection<string> targetLanguages) => QueryTranslation.None;
}
