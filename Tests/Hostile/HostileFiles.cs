using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LegalSearch.Tests.Hostile;

/// <summary>
/// Writes the hostile statute files of issue 16 into a folder (with a manifest.json naming the two that must index):
/// a truncated PDF, 0-byte files, a PDF claiming two billion pages, a PDF whose page tree is a cycle, binary bytes
/// (with and without control bytes) named .html, a 60 MB HTML file, a 3 MB text without article markers, an entity-expansion XML bomb, markup
/// ("&lt;script&gt;") written in the text of a statute, and UTF-8 bytes under a declared iso-8859-1 charset.
/// Nothing here is copied into the repository: the truncated PDF is cut from a shared-corpus file at test time.
/// </summary>
public static class HostileFiles
{
    public const string ScriptStatuteId = "xh-script-en-el-texto";
    public const string WrongCharsetStatuteId = "xh-charset-declarado";

    /// <summary>The text a statute writes that looks like markup: it must come back as text, never as a script.</summary>
    public const string ScriptText = "<script>alert('ley')</script>";

    /// <summary>Each hostile file by name; the value says what it is (for failure messages).</summary>
    public static IReadOnlyDictionary<string, string> Refused { get; } = new Dictionary<string, string>
    {
        ["truncated.pdf"] = "a real PDF cut at 40 %",
        ["empty.pdf"] = "0 bytes",
        ["empty.html"] = "0 bytes",
        ["huge-page-count.pdf"] = "claims 2,000,000,000 pages",
        ["cyclic-page-tree.pdf"] = "page tree whose kids point back at the root",
        ["binary.html"] = "256 KB of random bytes without NULs",
        ["binary-printable.html"] = "256 KB of random bytes without NULs or control bytes",
        ["sixty-megabytes.html"] = "60 MB of HTML",
        ["no-articles.txt"] = "3 MB of text without an article marker",
        ["entity-bomb.xml"] = "nested entities expanding to 10^9 characters",
    };

    public static string Write(string folder, string realPdf)
    {
        Directory.CreateDirectory(folder);
        var bytes = File.ReadAllBytes(realPdf);
        File.WriteAllBytes(Path.Combine(folder, "truncated.pdf"), bytes[..(bytes.Length * 2 / 5)]);
        File.WriteAllBytes(Path.Combine(folder, "empty.pdf"), []);
        File.WriteAllBytes(Path.Combine(folder, "empty.html"), []);
        File.WriteAllBytes(Path.Combine(folder, "huge-page-count.pdf"), OnePagePdf(pagesCount: "2000000000", extraKids: ""));
        File.WriteAllBytes(Path.Combine(folder, "cyclic-page-tree.pdf"), OnePagePdf(pagesCount: "2", extraKids: " 2 0 R"));
        File.WriteAllBytes(Path.Combine(folder, "binary.html"), RandomBytes(256 * 1024, 0x01, seed: 16));
        File.WriteAllBytes(Path.Combine(folder, "binary-printable.html"), RandomBytes(256 * 1024, 0x20, seed: 17));
        WriteSixtyMegabytes(Path.Combine(folder, "sixty-megabytes.html"));
        WriteWithoutArticles(Path.Combine(folder, "no-articles.txt"), 3 * 1024 * 1024);
        File.WriteAllText(Path.Combine(folder, "entity-bomb.xml"), EntityBomb());
        File.WriteAllText(Path.Combine(folder, "script.html"), ScriptInText(), new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(folder, "wrong-charset.html"), Encoding.UTF8.GetBytes(WrongCharset()));
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new object[]
        {
            new { path = "script.html", id = ScriptStatuteId, country = "XH", language = "es", title = "Ley de prueba con marcas en el texto", year = 2025 },
            new { path = "wrong-charset.html", id = WrongCharsetStatuteId, country = "XH", language = "es", title = "Ley de prueba con charset equivocado", year = 2025 },
        }));
        return folder;
    }

    private static string ScriptInText() => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Ley de prueba</title><script>document.title = 'dropped';</script></head>
        <body>
        <h1>Ley de prueba con marcas en el texto</h1>
        <p>Artículo 1. Quien escriba {{System.Net.WebUtility.HtmlEncode(ScriptText)}} en un formulario público para ejecutar código ajeno comete una falta informática.</p>
        <p>Artículo 2. La sanción de la falta del artículo anterior es una multa de cien días, sin perjuicio de la reparación del daño.</p>
        <p>Artículo 3. Esta ley rige desde su publicación en el diario oficial y se aplica a los hechos posteriores.</p>
        </body></html>
        """;

    /// <summary>UTF-8 bytes under an old iso-8859-1 meta: read as declared, "Artículo" would become "ArtÃ­culo".</summary>
    private static string WrongCharset() => """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Ley</title></head>
        <body>
        <h1>Ley de prueba con charset equivocado</h1>
        <p>Artículo 1. El acceso abusivo a un sistema informático protegido se sanciona con prisión y multa.</p>
        <p>Artículo 2. La interceptación ilícita de datos informáticos en su transmisión se sanciona del mismo modo.</p>
        <p>Artículo 3. El daño informático a datos ajenos, su borrado o alteración, se sanciona con multa y reparación.</p>
        </body></html>
        """;

    private static void WriteSixtyMegabytes(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("<html><head><meta charset=\"utf-8\"></head><body>");
        for (var article = 1; writer.BaseStream.Length < 60L * 1024 * 1024; article++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<p>Artículo {article}. El que sin autorización acceda a un sistema informático será sancionado con prisión de uno a cuatro años y multa.</p>\n"));
            if (article % 1000 == 0) writer.Flush();
        }
    }

    private static void WriteWithoutArticles(string path, int length)
    {
        var sentence = "La presente disposición se aplica a los sistemas informáticos y a los datos que contienen sin excepción alguna. ";
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var written = 0; written < length; written += sentence.Length) writer.Write(sentence);
    }

    private static string EntityBomb()
    {
        var entities = new StringBuilder("<!ENTITY e0 \"ley ley ley ley ley ley ley ley ley ley \">\n");
        for (var level = 1; level <= 9; level++)
        {
            entities.Append(CultureInfo.InvariantCulture, $"<!ENTITY e{level} \"{string.Concat(Enumerable.Repeat($"&e{level - 1};", 10))}\">\n");
        }
        return $"<?xml version=\"1.0\"?>\n<!DOCTYPE law [\n{entities}]>\n<law><section><num>1</num><text>&e9;</text></section></law>\n";
    }

    /// <summary>Random bytes from <paramref name="lowest"/> to 0xFF: no NUL (so not "UTF-16 without a BOM"), or not even a control byte.</summary>
    private static byte[] RandomBytes(int length, int lowest, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = (byte)random.Next(lowest, 256);
        return bytes;
    }

    /// <summary>A one-page PDF with a real text layer whose page tree lies: a huge /Count, or kids that lead back to the root.</summary>
    private static byte[] OnePagePdf(string pagesCount, string extraKids)
    {
        const string content = "BT /F1 12 Tf 72 500 Td (Article 1. Whoever accesses a computer system without right commits an offence.) Tj "
            + "0 -16 Td (Article 2. Whoever intercepts computer data without right commits an offence.) Tj "
            + "0 -16 Td (Article 3. Whoever damages or deletes computer data without right commits an offence.) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [3 0 R{extraKids}] /Count {pagesCount} >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
