using System.Text;
using System.Text.RegularExpressions;

namespace LegalSearch.Indexer.Extraction.Html;

/// <summary>
/// Decodes HTML bytes ourselves: BOM → declared charset (HTTP header, then meta) → strict UTF-8 → windows-1252.
/// iso-8859-1 is read as windows-1252 (as browsers do); a declared utf-16 whose bytes are not UTF-16 is ignored;
/// a declared single-byte charset loses to bytes that are valid UTF-8 with multi-byte sequences (a page saved as
/// UTF-8 under an old iso-8859-1 meta: read as declared it would say "ArtÃ­culo").
/// Bytes we cannot read with confidence (an encoding .NET does not know and invalid UTF-8, or NUL bytes without a
/// byte-order mark) are an <see cref="ExtractionException"/>, never guessed into mojibake.
/// </summary>
public static partial class HtmlDecoder
{
    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string? contentType = null)
    {
        var declared = CharsetFrom(contentType) ?? DeclaredInMarkup(bytes);
        var bomEncoding = FromBom(bytes, out var bomLength);
        if (bomEncoding is not null) return bomEncoding.GetString(bytes, bomLength, bytes.Length - bomLength);

        if (declared is not null && IsSingleByte(declared) && HasHighBytes(bytes) && TryStrictUtf8(bytes, out var multiByte)) return multiByte;
        if (declared is not null && TryDecodeDeclared(bytes, declared, out var text)) return text;
        if (TryStrictUtf8(bytes, out var utf8)) return utf8;
        if (declared is not null && !IsKnown(declared))
        {
            throw new ExtractionException($"unknown character encoding '{declared}' (and the bytes are not UTF-8)");
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ExtractionException("unknown character encoding: NUL bytes without a byte-order mark (UTF-16/32 or binary?)");
        }
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static bool TryDecodeDeclared(byte[] bytes, string charset, out string text)
    {
        text = "";
        var name = charset.Trim().ToLowerInvariant();
        if (name.StartsWith("utf-16") || name.StartsWith("unicode"))
        {
            return false; // a real UTF-16 file has a BOM or NULs; SUIN pages declare utf-16 but are UTF-8
        }
        if (name is "utf-8" or "utf8") return TryStrictUtf8(bytes, out text);
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii") name = "windows-1252";
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return false;
        }
        text = encoding.GetString(bytes);
        return true;
    }

    /// <summary>A single-byte charset such as iso-8859-1 or windows-1252 (where any byte sequence decodes, so "valid" proves nothing).</summary>
    private static bool IsSingleByte(string charset)
    {
        try
        {
            var name = charset.Trim().ToLowerInvariant();
            return Encoding.GetEncoding(name is "latin1" or "latin-1" ? "iso-8859-1" : name).IsSingleByte;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool HasHighBytes(byte[] bytes) => bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryStrictUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static Encoding? FromBom(byte[] bytes, out int length)
    {
        length = 3;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8;
        length = 2;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode;
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode;
        length = 0;
        return null;
    }

    private static string? CharsetFrom(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? DeclaredInMarkup(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = MetaCharset().Match(head);
        if (!match.Success) return null;
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
