using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace LegalSearch.Web.Index;

/// <summary>
/// The index folder read by positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, pread)
/// into Lucene's buffered inputs, for the searchers. Lucene.Net's two other readers each cost a search dearly
/// (dotnet-trace, bench/README.md, fourth round): <see cref="MMapDirectory"/> registers every clone of an input —
/// hundreds per search, one per postings enumerator and skip level — in a ConditionalWeakTable, whose lock, dependent
/// handles and finalized containers took about a quarter of the server's CPU under load; <see cref="NIOFSDirectory"/>
/// seeks and reads under one lock per file, so concurrent searches queue on a segment's compound file. Here a clone
/// is a copy of a few fields sharing the file handle, and reads from any number of threads go to the kernel unlocked.
/// Writing (the indexer's <c>IndexWriter</c>) and locking are <see cref="FSDirectory"/>'s.
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = OpenRead(file);
        return new Input($"PositionalReadIndexInput(path=\"{file}\")", handle, ownsHandle: true, 0, RandomAccess.GetLength(handle), context);
    }

    /// <summary>Slices of one open file (a compound file's parts), which share its handle.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, OpenRead(file), context);
    }

    private static SafeFileHandle OpenRead(string file) =>
        File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private sealed class Slicer(string file, SafeFileHandle handle, IOContext context) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"PositionalReadIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, ownsHandle: false, offset, length, context);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) handle.Dispose();
        }
    }

    /// <summary>Bytes [<paramref name="start"/>, start + <paramref name="length"/>) of the file, read through Lucene's buffer.</summary>
    private sealed class Input(string description, SafeFileHandle handle, bool ownsHandle, long start, long length, IOContext context)
        : BufferedIndexInput(description, context)
    {
        private bool isClone;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = start + Position;
            if (position + count > start + length) throw new EndOfStreamException($"read past EOF: {this}");
            while (count > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, count), position);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
                offset += read;
                count -= read;
                position += read;
            }
        }

        /// <summary>Nothing to move: every read says where it reads.</summary>
        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && ownsHandle && !isClone) handle.Dispose();
        }
    }
}
