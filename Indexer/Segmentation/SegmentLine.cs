using LegalSearch.Indexer.Domain;

namespace LegalSearch.Indexer.Segmentation;

/// <summary>One line of statute text as segmentation sees it: blocks split at hard line breaks, with the block's kind and page.</summary>
public sealed record SegmentLine(string Text, BlockKind Kind, int Page);
