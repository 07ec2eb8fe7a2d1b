namespace LegalSearch.Indexer.Extraction;

/// <summary>A file that cannot be turned into text; the message says why, in words a user understands.</summary>
public class ExtractionException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A PDF without a usable text layer, when OCR is not available or not enabled.</summary>
public sealed class NeedsOcrException(string message) : ExtractionException(message);
