using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace LegalSearch.Tests.Support;

/// <summary>
/// The Portuguese sample statute of corpus/samples, written as a PDF with PdfPig's document builder.
/// The committed file is this output; <c>SamplePdfTests</c> checks it still is.
/// Regenerate with LEGALSEARCH_WRITE_SAMPLES=1 dotnet test --filter SamplePdf.
/// </summary>
public static class SamplePdf
{
    public const string RelativePath = "pt/lei-exemplo-2025-crimes-informaticos.pdf";

    public static readonly string[] Paragraphs =
    [
        "LEI DE EXEMPLO Nº 1, DE 2025",
        "Texto fictício redigido para o LegalSearch; não é lei de nenhum país.",
        "CAPÍTULO I - DOS CRIMES INFORMÁTICOS",
        "Art. 1º Esta Lei tipifica condutas praticadas por meio de sistemas informáticos.",
        "Art. 2º-A Invasão de dispositivo informático. Invadir dispositivo informático alheio, conectado ou não à rede de computadores, mediante violação indevida de mecanismo de segurança, com o fim de obter, adulterar ou destruir dados ou informações sem autorização expressa ou tácita do titular do dispositivo: Pena - reclusão, de 1 (um) a 4 (quatro) anos, e multa.",
        "Art. 3º Interceptação de comunicações. Interceptar, sem autorização judicial, comunicação de dados transmitida por sistema informático: Pena - reclusão, de 2 (dois) a 4 (quatro) anos.",
        "§ 1º Na mesma pena incorre quem produz, oferece ou distribui programa de computador destinado a permitir a prática das condutas definidas no caput.",
        "Art. 4º Esta Lei entra em vigor na data de sua publicação.",
    ];

    /// <summary>A TrueType font with the Portuguese accents (the standard 14 fonts of PdfPig's writer have none); Debian fonts-dejavu-core.</summary>
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    public static byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var page = builder.AddPage(PageSize.A4);
        const double fontSize = 11;
        const double left = 60;
        const double maxWidth = 470;
        var y = 780.0;
        foreach (var paragraph in Paragraphs)
        {
            foreach (var line in Wrap(paragraph, text => WidthOf(page, text, fontSize, font), maxWidth))
            {
                page.AddText(line, fontSize, new PdfPoint(left, y), font);
                y -= fontSize * 1.4;
            }
            y -= fontSize * 0.8;
        }
        return builder.Build();
    }

    private static double WidthOf(PdfPageBuilder page, string text, double fontSize, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, fontSize, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private static IEnumerable<string> Wrap(string paragraph, Func<string, double> width, double maxWidth)
    {
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && width(candidate) > maxWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0) yield return line;
    }
}
