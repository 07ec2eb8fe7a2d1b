using System.Text;

namespace LegalSearch.Indexer.Extraction;

/// <summary>
/// Looks at the first bytes of a file before an extractor reads it: a binary file is refused whatever its extension
/// (an archive, image or executable named ".html", or bytes full of control characters), a ".pdf" must start as one.
/// </summary>
public static class ContentSniffer
{
    private const int HeadLength = 64 * 1024;

    /// <summary>More control bytes than this share of the head: not text (text has tabs and line ends only).</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>More bytes ≥ 0x80 than this share, and not UTF-8: not text in any single-byte charset we index.</summary>
    private const double MaxHighShareOutsideUtf8 = 0.3;

    private static readonly (string Kind, byte[] Magic)[] Signatures =
    [
        ("a PDF", "%PDF-"u8.ToArray()),
        ("a ZIP archive or Office document", [0x50, 0x4B, 0x03, 0x04]),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", "GIF8"u8.ToArray()),
        ("an ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("a Word 97 or other OLE document", [0xD0, 0xCF, 0x11, 0xE0]),
    ];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Throws <see cref="ExtractionException"/> when the file cannot be what its extension says.</summary>
    public static void Check(string path)
    {
        var head = ReadHead(path);
        if (head.Length == 0) throw new ExtractionException("empty file (0 bytes)");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".pdf")
        {
            if (head.AsSpan(0, Math.Min(head.Length, 1024)).IndexOf("%PDF-"u8) < 0) throw new ExtractionException("not a PDF: the file does not start with %PDF-");
            return;
        }
        var signature = Signatures.FirstOrDefault(s => head.AsSpan().StartsWith(s.Magic));
        if (signature.Kind is not null) throw new ExtractionException($"binary content ({signature.Kind}) in a {extension} file");
        if (HasUnicodeBom(head)) return;

        var controls = head.Count(b => b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) || b == 0x7F);
        if (controls > head.Length * MaxControlShare)
        {
            throw new ExtractionException($"binary content in a {extension} file ({controls:N0} control bytes in the first {head.Length:N0})");
        }
        var high = head.Count(b => b >= 0x80);
        if (high > head.Length * MaxHighShareOutsideUtf8 && !IsUtf8(head))
        {
            throw new ExtractionException($"binary content in a {extension} file ({high * 100 / head.Length} % of the first {head.Length:N0} bytes are not text in UTF-8 or a Western charset)");
        }
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(HeadLength, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static bool HasUnicodeBom(byte[] head) =>
        head.AsSpan().StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) || head.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE]) || head.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]);

    /// <summary>Valid UTF-8, allowing a sequence cut by the end of the head.</summary>
    private static bool IsUtf8(byte[] head)
    {
        var end = head.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            if ((head[end - back] & 0xC0) != 0x80)
            {
                if (head[end - back] >= 0xC0) end -= back;
                break;
            }
        }
        try
        {
            StrictUtf8.GetCharCount(head, 0, end);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
