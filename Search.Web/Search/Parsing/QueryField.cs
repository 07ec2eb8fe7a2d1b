namespace LegalSearch.Web.Search.Parsing;

/// <summary>The fields a query may name (<c>country:CO</c>). What each means is the backend's; the grammar only knows how its value reads.</summary>
public enum QueryField
{
    Country,
    Language,
    Article,
    Offence,
    Year,
    Statute,
    Heading,
    Notes,
}

/// <summary>The field names users type and how each value is read.</summary>
public static class QueryFields
{
    /// <summary>Name as typed (lower case) → field.</summary>
    public static IReadOnlyDictionary<string, QueryField> ByName { get; } = new Dictionary<string, QueryField>(StringComparer.Ordinal)
    {
        ["country"] = QueryField.Country,
        ["lang"] = QueryField.Language,
        ["art"] = QueryField.Article,
        ["offence"] = QueryField.Offence,
        ["year"] = QueryField.Year,
        ["statute"] = QueryField.Statute,
        ["heading"] = QueryField.Heading,
        ["notes"] = QueryField.Notes,
    };

    /// <summary>The name a user types for the field.</summary>
    public static string NameOf(QueryField field) => ByName.First(kv => kv.Value == field).Key;

    /// <summary>Fields whose value is searched as words (a word, a phrase, a prefix); the others take one exact value.</summary>
    public static bool IsText(QueryField field) => field is QueryField.Heading or QueryField.Notes;
}
