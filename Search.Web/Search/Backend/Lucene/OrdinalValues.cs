using Lucene.Net.Util;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>A segment's doc-values dictionary decoded once into a table by ordinal (<see cref="FacetLabels"/>, <see cref="WindowColumns"/>).</summary>
internal static class OrdinalValues
{
    /// <param name="count">The dictionary's size (the doc values' <c>ValueCount</c>).</param>
    /// <param name="lookup">The doc values' <c>LookupOrd</c>: the bytes of an ordinal's value.</param>
    /// <param name="derive">What the table holds for a value's text.</param>
    public static T[] Decode<T>(long count, Action<long, BytesRef> lookup, Func<string, T> derive)
    {
        var values = new T[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            lookup(ord, scratch);
            values[ord] = derive(scratch.Utf8ToString());
        }
        return values;
    }
}
