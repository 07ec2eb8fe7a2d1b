using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using LegalSearch.Tests.Support;

namespace LegalSearch.Tests.Crawling;

/// <summary>
/// Fault injection under /faults/: a link page listing documents that fail in the ways real sites fail.
/// The bytes served are real corpus files.
/// </summary>
public static class FaultPages
{
    public const string Seed = "/faults/index.htm";
    public const string Flaky = "/faults/docs/flaky-co-ley-1273-2009.pdf";
    public const string Hang = "/faults/docs/hang.pdf";
    public const string TruncatedTransfer = "/faults/docs/truncated-transfer.pdf";
    public const string TruncatedFile = "/faults/docs/truncated-file.pdf";
    public const string WrongType = "/faults/docs/wrong-type.pdf";
    public const string Loop = "/faults/docs/loop-a.pdf";
    public const string LoopB = "/faults/docs/loop-b.pdf";
    public const string RedirectAway = "/faults/docs/moved-away.pdf";
    public const string Large = "/faults/docs/large.pdf";
    public const string Missing = "/faults/docs/missing.pdf";
    public const string Fine = "/faults/docs/cl-ley-21459.xml";

    public const string ColombianLaw = "docs/co/ley-1273-2009-delitos-informaticos-diario-oficial-47223.pdf";
    public const string LargePdf = "docs/ec/codigo-organico-integral-penal-coip-lexis-2025.pdf";
    public const string MidSizePdf = "docs/br/lei-13709-2018-lgpd-planalto-chrome-print.pdf";
    public const string ChileanLaw = "docs/cl/ley-21459-delitos-informaticos-leychile-epub-derived.xml";

    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Faults</title></head><body>
        <h2>Colombia</h2>
        <ul>
        <li><a href="docs/flaky-co-ley-1273-2009.pdf">Ley 1273 de 2009</a> (500 once, then served)</li>
        <li><a href="docs/hang.pdf">Ley que nunca llega</a> (never answers)</li>
        <li><a href="docs/truncated-transfer.pdf">Ley cortada en tránsito</a> (connection closed half-way)</li>
        <li><a href="docs/truncated-file.pdf">Ley cortada en el archivo</a> (a complete answer holding a third of a PDF)</li>
        <li><a href="docs/wrong-type.pdf">Ley con tipo equivocado</a> (served as an image)</li>
        <li><a href="docs/loop-a.pdf">Ley en bucle</a> (redirects to itself through another URL)</li>
        <li><a href="docs/moved-away.pdf">Ley mudada</a> (redirects to another host)</li>
        <li><a href="docs/large.pdf">Código muy grande</a> (over the size limit)</li>
        <li><a href="docs/missing.pdf">Ley perdida</a> (404)</li>
        </ul>
        <h2>Chile</h2>
        <p><a href="docs/cl-ley-21459.xml">Ley 21.459</a></p>
        </body></html>
        """;

    public static void Map(WebApplication app, ConcurrentDictionary<string, int> hits)
    {
        app.MapGet(Seed, () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapGet(Flaky, () => hits.AddOrUpdate(Flaky, 1, (_, n) => n + 1) == 1
            ? Results.StatusCode(StatusCodes.Status500InternalServerError)
            : Results.File(Corpus(ColombianLaw), "application/pdf"));
        app.MapGet(Hang, async (HttpContext context) =>
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted); // answers only when the client gives up
            }
            catch (OperationCanceledException)
            {
            }
        });
        app.MapGet(TruncatedTransfer, async (HttpContext context) =>
        {
            // Half of a 0.9 MB file: more than Kestrel buffers (64 KB), so the headers and most of it reach the client before the abort.
            var bytes = Corpus(MidSizePdf);
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        app.MapGet(TruncatedFile, () =>
        {
            var bytes = Corpus(ColombianLaw);
            return Results.File(bytes[..(bytes.Length / 3)], "application/pdf");
        });
        app.MapGet(WrongType, () => Results.File(Corpus(ColombianLaw), "image/png"));
        app.MapGet(Loop, () => Results.Redirect(LoopB));
        app.MapGet(LoopB, () => Results.Redirect(Loop));
        app.MapGet(RedirectAway, () => Results.Redirect("http://www.example.invalid/moved.pdf"));
        app.MapGet(Large, () => Results.File(Corpus(LargePdf), "application/pdf"));
        app.MapGet(Fine, () => Results.File(Corpus(ChileanLaw), "application/xml"));
    }

    public static byte[] Corpus(string relative) => File.ReadAllBytes(TestPaths.CorpusFile(relative));
}
