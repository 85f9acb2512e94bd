using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import.Ftm;

/// <summary>
/// Reads FollowTheMoney JSON lines, plain entities or OpenSanctions delta operations, into a <see cref="ParsedInput"/>.
/// A bad line is reported by file, line and field and the reading goes on, so that one pass finds every problem.
/// The text is cut into chunks of whole lines; a stream's chunks are parsed in parallel and put back in file order,
/// and can be taken one by one as they are parsed (<see cref="ReadPartsAsync"/>).
/// </summary>
public sealed class FtmReader : IPartedDesignationReader
{
    /// <summary>Reads a file (or the first file of an upload) as UTF-8 bytes in parallel, or text given as such.</summary>
    public async Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken) =>
        await JoinAsync(ReadPartsAsync(source, published, cancellationToken));

    /// <summary>What <see cref="ReadAsync(ImportSource, DateOnly, CancellationToken)"/> reads, a chunk of lines at a time, in the file's order.</summary>
    public IAsyncEnumerable<ParsedInput> ReadPartsAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken) => source switch
    {
        TextSource text => PartsAsync(new FtmTextStream(new StringReader(text.Content)), text.FileName, cancellationToken),
        PathSource path => FilePartsAsync(path.Path, cancellationToken),
        UploadSource { Files: [var first, ..] } => FilePartsAsync(first, cancellationToken),
        _ => throw new ArgumentException($"The FtM reader cannot read a {source.GetType().Name}.", nameof(source)),
    };

    /// <summary>A file is read as UTF-8 bytes, in parallel; one in UTF-16, by its byte order mark, is read as text first.</summary>
    private static async IAsyncEnumerable<ParsedInput> FilePartsAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var start = new byte[2];
        var read = await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        Stream text = read == 2 && start is [0xFF, 0xFE] or [0xFE, 0xFF]
            ? new FtmTextStream(new StringReader(await FtmUtf16File.ReadAsync(file, cancellationToken)))
            : file;
        await foreach (var part in PartsAsync(text, path, cancellationToken)) yield return part;
    }

    /// <summary>Reads every line of <paramref name="lines"/>, one chunk after the other; never throws for bad input.</summary>
    /// <param name="lines">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports and sources.</param>
    /// <param name="cancellationToken">Stops the reading between chunks of lines.</param>
    public static ParsedInput Read(TextReader lines, string fileName, CancellationToken cancellationToken = default)
    {
        using var text = new FtmTextStream(lines);
        var chunker = new FtmChunker(text);
        var parser = new FtmChunkParser(fileName);
        var chunks = new List<ParsedInput>();
        while (chunker.Next(cancellationToken) is { } chunk) chunks.Add(Parse(parser, chunk));
        return Join(chunks);
    }

    /// <summary>Reads every line of <paramref name="lines"/> asynchronously; never throws for bad input.</summary>
    /// <param name="lines">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports and sources.</param>
    /// <param name="cancellationToken">Stops the reading between chunks of lines.</param>
    public static Task<ParsedInput> ReadAsync(TextReader lines, string fileName, CancellationToken cancellationToken = default) =>
        JoinAsync(PartsAsync(new FtmTextStream(lines), fileName, cancellationToken));

    /// <summary>
    /// Reads every line of UTF-8 text (a byte order mark is skipped), parsing chunks of lines on every core while
    /// the next chunk is read; never throws for bad input.
    /// </summary>
    /// <param name="utf8">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports and sources.</param>
    /// <param name="cancellationToken">Stops the reading between chunks of lines.</param>
    public static Task<ParsedInput> ReadAsync(Stream utf8, string fileName, CancellationToken cancellationToken = default) =>
        JoinAsync(PartsAsync(utf8, fileName, cancellationToken));

    /// <summary>
    /// The chunks of UTF-8 text parsed, in the file's order: chunks are parsed on every core while the next is read.
    /// </summary>
    private static async IAsyncEnumerable<ParsedInput> PartsAsync(Stream utf8, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunker = new FtmChunker(utf8);
        var parsers = new ConcurrentBag<FtmChunkParser>();
        var pending = new Queue<Task<ParsedInput>>();
        try
        {
            while (await chunker.NextAsync(cancellationToken) is { } chunk)
            {
                // Each chunk on a thread of its own, not the pool's: parsing keeps both cores busy for seconds, and queued
                // on the pool it would hold up the requests a service answers meanwhile (docs/benchmarks.md, reads during imports).
                pending.Enqueue(Task.Factory.StartNew(() =>
                {
                    var parser = parsers.TryTake(out var idle) ? idle : new FtmChunkParser(fileName);
                    try
                    {
                        return Parse(parser, chunk);
                    }
                    finally
                    {
                        parsers.Add(parser);
                    }
                }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default));
                // One chunk per core is parsed while the next is read; the chunks are kept in the file's order.
                if (pending.Count > Environment.ProcessorCount) yield return await pending.Dequeue();
            }
            while (pending.Count > 0) yield return await pending.Dequeue();
        }
        finally
        {
            // Parts no longer wanted (the caller stopped, or a chunk failed): no parse outlives the reading.
            while (pending.Count > 0) await pending.Dequeue().ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    private static ParsedInput Parse(FtmChunkParser parser, FtmChunk chunk)
    {
        try
        {
            return parser.Parse(chunk);
        }
        finally
        {
            chunk.Return();
        }
    }

    private static async Task<ParsedInput> JoinAsync(IAsyncEnumerable<ParsedInput> parts)
    {
        var chunks = new List<ParsedInput>();
        await foreach (var part in parts) chunks.Add(part);
        return Join(chunks);
    }

    /// <summary>What the chunks parsed, in their order, as one input; its lists are allocated once, at their full size.</summary>
    private static ParsedInput Join(List<ParsedInput> chunks)
    {
        var parsed = new ParsedInput();
        parsed.Entities.EnsureCapacity(chunks.Sum(chunk => chunk.Entities.Count));
        parsed.Sanctions.EnsureCapacity(chunks.Sum(chunk => chunk.Sanctions.Count));
        parsed.Relationships.EnsureCapacity(chunks.Sum(chunk => chunk.Relationships.Count));
        parsed.SanctionOrigins.EnsureCapacity(parsed.Sanctions.Capacity);
        parsed.RelationshipOrigins.EnsureCapacity(parsed.Relationships.Capacity);
        foreach (var chunk in chunks) parsed.Append(chunk);
        return parsed;
    }
}
