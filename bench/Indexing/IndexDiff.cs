using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LegalSearch.Indexer.Schema;

namespace LegalSearch.Bench.Indexing;

/// <summary>
/// Two indexes of the same provisions compared field by field, documents matched by id (two builds number them
/// differently when several workers write): the field infos; every stored value but <see cref="IndexFields.IndexedAt"/>;
/// every term of every indexed field with its postings (documents, frequencies, positions, offsets, payloads); the norms;
/// every doc-values column. Each index is read as lines in one order, and the two are walked side by side: a speed-up
/// of the writer that changes none of them wrote the same index (the segments and files may differ).
/// </summary>
internal static class IndexDiff
{
    private const int Shown = 10;

    /// <summary>Writes the differences (at most <see cref="Shown"/>) and their count; returns the count.</summary>
    public static int Run(string first, string second, TextWriter log)
    {
        using var a = IndexLines.Open(first);
        using var b = IndexLines.Open(second);
        var differences = 0;
        long lines = 0;
        using var left = a.Lines().GetEnumerator();
        using var right = b.Lines().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft && !hasRight) break;
            lines++;
            var l = hasLeft ? left.Current : "(end)";
            var r = hasRight ? right.Current : "(end)";
            if (string.Equals(l, r, StringComparison.Ordinal)) continue;
            if (++differences <= Shown) log.WriteLine($"- {Cut(l)}\n+ {Cut(r)}");
            if (!hasLeft || !hasRight) break;
        }
        log.WriteLine(differences == 0
            ? $"identical: {a.Documents:N0} documents, {lines:N0} lines (field infos, stored values, terms with postings, norms, doc values)"
            : $"{differences} of {lines:N0} lines differ where the two walks stand (a line missing from one shifts the rest)");
        return differences;
    }

    private static string Cut(string line) => line.Length > 300 ? line[..300] + "…" : line;

    /// <summary>One index read as lines: field infos, then per document (by id) its stored values, then per field its terms, norms and doc values.</summary>
    private sealed class IndexLines : IDisposable
    {
        private readonly FSDirectory directory;
        private readonly DirectoryReader reader;
        private readonly AtomicReader atomic;

        /// <summary>Document numbers in the order of their ids.</summary>
        private readonly int[] byId;

        /// <summary>Each document number's id.</summary>
        private readonly string[] ids;

        private IndexLines(string path)
        {
            directory = FSDirectory.Open(path);
            reader = DirectoryReader.Open(directory);
            atomic = SlowCompositeReaderWrapper.Wrap(reader);
            ids = new string[atomic.MaxDoc];
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                ids[doc] = live is null || live.Get(doc) ? atomic.Document(doc).Get(IndexFields.Id) ?? $"(no id {doc})" : $"(deleted {doc})";
            }
            byId = [.. Enumerable.Range(0, atomic.MaxDoc).Where(d => live is null || live.Get(d)).OrderBy(d => ids[d], StringComparer.Ordinal)];
        }

        public int Documents => byId.Length;

        public static IndexLines Open(string path) => new(path);

        public IEnumerable<string> Lines()
        {
            var infos = atomic.FieldInfos.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            foreach (var info in infos)
            {
                yield return $"field {info.Name}: indexed {info.IsIndexed}, {info.IndexOptions}, norms {info.HasNorms} {info.NormType}, " +
                    $"payloads {info.HasPayloads}, vectors {info.HasVectors}, doc values {info.DocValuesType}";
            }
            foreach (var doc in byId) yield return $"stored {ids[doc]}: {Stored(doc)}";
            foreach (var info in infos)
            {
                if (info.IsIndexed)
                {
                    foreach (var line in Terms(info.Name)) yield return line;
                }
                if (info.HasNorms) yield return $"norms {info.Name}: {Numbers(atomic.GetNormValues(info.Name))}";
                foreach (var line in DocValues(info)) yield return line;
            }
        }

        private string Stored(int doc)
        {
            var text = new StringBuilder();
            foreach (var field in atomic.Document(doc).Fields)
            {
                if (field.Name == IndexFields.IndexedAt) continue;
                text.Append(field.Name).Append('=');
                if (field.GetBinaryValue() is { } bytes) text.Append("bytes:").Append(Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length));
                else if (field.NumericType != Lucene.Net.Documents.NumericFieldType.NONE)
                {
                    text.Append("number:").Append(field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture) ?? field.GetDoubleValue()?.ToString("R", CultureInfo.InvariantCulture));
                }
                else text.Append(Escape(field.GetStringValue()));
                text.Append(" | ");
            }
            return text.ToString();
        }

        /// <summary>Each term of the field: its statistics and postings, documents in id order.</summary>
        private IEnumerable<string> Terms(string field)
        {
            var terms = atomic.GetTerms(field);
            if (terms is null) yield break;
            var iterator = terms.GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            DocsEnum? docs = null;
            var postings = new List<(string Id, string Text)>();
            while (iterator.MoveNext())
            {
                postings.Clear();
                var term = iterator.Term;
                if (terms.HasPositions)
                {
                    positions = iterator.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS | DocsAndPositionsFlags.PAYLOADS);
                    for (var doc = positions!.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = positions.NextDoc())
                    {
                        var text = new StringBuilder().Append(positions.Freq).Append(':');
                        for (var i = 0; i < positions.Freq; i++)
                        {
                            text.Append(positions.NextPosition());
                            if (terms.HasOffsets) text.Append('/').Append(positions.StartOffset).Append('-').Append(positions.EndOffset);
                            if (positions.GetPayload() is { } payload) text.Append('/').Append(Convert.ToHexString(payload.Bytes, payload.Offset, payload.Length));
                            text.Append(',');
                        }
                        postings.Add((ids[doc], text.ToString()));
                    }
                }
                else
                {
                    docs = iterator.Docs(null, docs, terms.HasFreqs ? DocsFlags.FREQS : DocsFlags.NONE);
                    for (var doc = docs!.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        postings.Add((ids[doc], terms.HasFreqs ? docs.Freq.ToString(CultureInfo.InvariantCulture) : ""));
                    }
                }
                postings.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
                yield return $"term {field}:{Readable(term)} df {iterator.DocFreq} ttf {iterator.TotalTermFreq}: " +
                    string.Join(' ', postings.Select(p => $"{p.Id}={p.Text}"));
            }
        }

        private IEnumerable<string> DocValues(FieldInfo info)
        {
            switch (info.DocValuesType)
            {
                case DocValuesType.NUMERIC:
                    yield return $"numeric {info.Name}: {Numbers(atomic.GetNumericDocValues(info.Name))}";
                    break;
                case DocValuesType.BINARY:
                {
                    var values = atomic.GetBinaryDocValues(info.Name);
                    var bytes = new BytesRef();
                    foreach (var doc in byId)
                    {
                        values.Get(doc, bytes);
                        yield return $"binary {info.Name} {ids[doc]}: {Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length)}";
                    }
                    break;
                }
                case DocValuesType.SORTED:
                {
                    var values = atomic.GetSortedDocValues(info.Name);
                    var bytes = new BytesRef();
                    foreach (var doc in byId)
                    {
                        values.Get(doc, bytes);
                        yield return $"sorted {info.Name} {ids[doc]}: {Escape(bytes.Utf8ToString())}";
                    }
                    break;
                }
                case DocValuesType.SORTED_SET:
                {
                    var values = atomic.GetSortedSetDocValues(info.Name);
                    var bytes = new BytesRef();
                    foreach (var doc in byId)
                    {
                        values.SetDocument(doc);
                        var set = new List<string>();
                        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                        {
                            values.LookupOrd(ord, bytes);
                            set.Add(Escape(bytes.Utf8ToString()));
                        }
                        yield return $"sorted set {info.Name} {ids[doc]}: {string.Join(" | ", set)}";
                    }
                    break;
                }
            }
        }

        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>A term as text when its bytes are UTF-8 (words, keywords), else in hex (numeric points).</summary>
        private static string Readable(BytesRef term)
        {
            try
            {
                return Escape(StrictUtf8.GetString(term.Bytes, term.Offset, term.Length));
            }
            catch (DecoderFallbackException)
            {
                return "0x" + Convert.ToHexString(term.Bytes, term.Offset, term.Length);
            }
        }

        private string Numbers(NumericDocValues? values) =>
            values is null ? "(none)" : string.Join(' ', byId.Select(doc => $"{ids[doc]}={values.Get(doc)}"));

        private static string Escape(string? text) => text is null ? "(null)" : text.Replace("\\", "\\\\").Replace("\n", "\\n");

        public void Dispose()
        {
            reader.Dispose();
            directory.Dispose();
        }
    }
}
