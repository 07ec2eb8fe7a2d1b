using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Extraction;

/// <summary>Turns the bytes of one source file into clean text blocks. One implementation per format.</summary>
public interface IExtractor
{
    /// <summary>True when this extractor handles the document (by extension or content type).</summary>
    bool CanExtract(SourceDocument document);

    /// <summary>Extracts the text; throws <see cref="ExtractionException"/> with a clear reason when it cannot.</summary>
    ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken = default);
}
