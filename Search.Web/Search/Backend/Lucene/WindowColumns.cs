using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using LegalSearch.Indexer.Schema;
using LegalSearch.Web.Search.Folding;

namespace LegalSearch.Web.Search.Backend.Lucene;

/// <summary>
/// One segment's window values by doc-values ordinal (<see cref="IndexFields.ValueOf"/>): each distinct country,
/// language, kind, statute, source, year, law (folded as <see cref="EditionKey.Law"/>) and article (as
/// <see cref="EditionKey.Article"/>) decoded once, so a search reads a hit's ordinals and looks its values up, with no
/// bytes decoded and no law number folded per hit. Built the first time a search meets the segment and kept with the
/// segment's core (<see cref="AtomicReader.CoreCacheKey"/>, as Lucene's FieldCache does): a refresh builds only the
/// new segments (deletions leave a core as it is), a closed segment's columns are collected with it. Nothing is kept
/// per document (the ordinals are Lucene's own); the tables hold one value per distinct value of the segment.
/// </summary>
internal sealed class WindowColumns
{
    private static readonly ConditionalWeakTable<object, WindowColumns> BySegment = new();

    private WindowColumns(AtomicReader reader)
    {
        Country = Column<string>.Read(reader, ProvisionSchema.Country, v => v);
        Language = Column<string>.Read(reader, ProvisionSchema.Language, v => v);
        Kind = Column<string>.Read(reader, ProvisionSchema.Kind, v => v);
        Statute = Column<string>.Read(reader, ProvisionSchema.StatuteId, v => v);
        Source = Column<string>.Read(reader, ProvisionSchema.Source, v => v);
        Year = Column<int?>.Read(reader, ProvisionSchema.Year, ParseYear);
        Law = Column<string?>.Read(reader, ProvisionSchema.LawNumber, EditionKey.Law);
        Article = Column<string>.Read(reader, ProvisionSchema.Article, EditionKey.Article);
    }

    public Column<string> Country { get; }

    public Column<string> Language { get; }

    public Column<string> Kind { get; }

    public Column<string> Statute { get; }

    public Column<string> Source { get; }

    public Column<int?> Year { get; }

    public Column<string?> Law { get; }

    public Column<string> Article { get; }

    /// <summary>Every table's values, for the memory they hold (tests).</summary>
    public IEnumerable<object?> Values =>
        new IEnumerable<object?>[] { Country.Values, Language.Values, Kind.Values, Statute.Values, Source.Values, Year.Values.Cast<object?>(), Law.Values, Article.Values }
            .SelectMany(v => v);

    /// <summary>The segment's columns, or null when it was written before the window's doc values (then its stored fields are read).</summary>
    public static WindowColumns? Of(AtomicReader reader) =>
        reader.FieldInfos.FieldInfo(IndexFields.ValueOf(IndexFields.Id))?.HasDocValues == true
            ? BySegment.GetValue(reader.CoreCacheKey, _ => new WindowColumns(reader))
            : null;

    /// <summary>Parsed as <see cref="Indexer.Schema.FieldTypes.YearField"/> reads the stored year.</summary>
    private static int? ParseYear(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>One field's values by ordinal.</summary>
    public sealed class Column<T>(string docValues, T[] values)
    {
        public IReadOnlyList<T> Values => values;

        /// <summary>
        /// A document's value (of the segment's documents, numbered from 0) through this thread's doc values of the
        /// segment (Lucene hands each thread its own): default for a document without the field, as the stored fields read.
        /// </summary>
        public Func<int, T?> Bind(AtomicReader reader) =>
            reader.GetSortedDocValues(docValues) is { } sorted ? doc => At(sorted.GetOrd(doc)) : _ => default;

        private T? At(int ord) => ord < 0 ? default : values[ord];

        public static Column<T> Read(AtomicReader reader, IProvisionField field, Func<string, T> derive)
        {
            var name = IndexFields.ValueOf(field.Name);
            if (reader.GetSortedDocValues(name) is not { } sorted) return new Column<T>(name, []);
            return new Column<T>(name, OrdinalValues.Decode(sorted.ValueCount, (ord, scratch) => sorted.LookupOrd((int)ord, scratch), derive));
        }
    }
}
