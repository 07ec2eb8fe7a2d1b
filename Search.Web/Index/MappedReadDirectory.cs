using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace LegalSearch.Web.Index;

/// <summary>
/// The index folder memory-mapped for the searchers, each input reading the mapping through a plain pointer. Lucene.Net's
/// <see cref="MMapDirectory"/> registers every clone of an input — hundreds per search, one per postings enumerator
/// and skip level — in a ConditionalWeakTable, whose lock, dependent handles and finalized containers took about a
/// fifth of the server's CPU under load (dotnet-trace, bench/README.md, fourth round); <see cref="NIOFSDirectory"/>
/// reads under one lock per file, and positional reads into buffers cost a system call and a 1 KB buffer per clone
/// and per random read of doc values. Here a clone is a copy of three fields. Lucene never reads an input after its
/// reader is closed (the searchers are borrowed from the SearcherManager), which is what unmapping relies on.
/// Writing (the indexer's <c>IndexWriter</c>) and locking are <see cref="FSDirectory"/>'s.
/// </summary>
public sealed class MappedReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var mapping = Mapping.Open(file);
        return new Input($"MappedIndexInput(path=\"{file}\")", mapping, owner: mapping, 0, mapping.Length);
    }

    /// <summary>Slices of one mapped file (a compound file's parts).</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, Mapping.Open(file));
    }

    /// <summary>One file mapped read-only, its pointer held until disposed.</summary>
    private sealed unsafe class Mapping : IDisposable
    {
        private readonly MemoryMappedFile? file;
        private readonly MemoryMappedViewAccessor? view;
        private int disposed;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
        {
            this.file = file;
            this.view = view;
            Start = start;
            Length = length;
        }

        public byte* Start { get; }

        public long Length { get; }

        /// <summary>Until disposed: an input of a closed reader (or a clone of it) must fail, never read unmapped memory.</summary>
        public bool IsOpen => Volatile.Read(ref disposed) == 0;

        public static Mapping Open(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0) return new Mapping(null, null, null, 0);
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new Mapping(file, view, pointer + view.PointerOffset, stream.Length);
        }

        public void Dispose()
        {
            if (view is null || Interlocked.Exchange(ref disposed, 1) == 1) return;
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file!.Dispose();
        }
    }

    private sealed class Slicer(string file, Mapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length) throw new ArgumentException($"slice {sliceDescription} out of bounds: offset={offset}, length={length}, file length={mapping.Length}");
            return new Input($"MappedIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", mapping, owner: null, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) mapping.Dispose();
        }
    }

    /// <summary>Bytes [<paramref name="offset"/>, offset + <paramref name="length"/>) of a mapping; <paramref name="owner"/> is disposed with the input that was opened (not its clones).</summary>
    private sealed unsafe class Input(string description, Mapping mapping, Mapping? owner, long offset, long length) : IndexInput(description)
    {
        private readonly byte* start = mapping.Start + offset;
        private long position;
        private bool isClone;

        public override long Length => length;

        public override long Position => position;

        public override void Seek(long pos)
        {
            EnsureOpen();
            if (pos < 0 || pos > length) throw new EndOfStreamException($"seek past EOF ({pos}): {this}");
            position = pos;
        }

        /// <summary>Checked where an input starts reading somewhere (seek, block reads, clones), not per byte: the hot path stays a pointer read.</summary>
        private void EnsureOpen()
        {
            if (!mapping.IsOpen) throw new ObjectDisposedException(ToString(), "the reader of this input is closed");
        }

        public override byte ReadByte()
        {
            if (position >= length) throw new EndOfStreamException($"read past EOF: {this}");
            return start[position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            EnsureOpen();
            if (len > length - position) throw new EndOfStreamException($"read past EOF: {this}");
            new ReadOnlySpan<byte>(start + position, len).CopyTo(b.AsSpan(offset, len));
            position += len;
        }

        public override object Clone()
        {
            EnsureOpen();
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !isClone) owner?.Dispose();
        }
    }
}
