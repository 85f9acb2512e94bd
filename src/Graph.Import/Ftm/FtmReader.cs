using System.Collections.Concurrent;
using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import.Ftm;

/// <summary>
/// Reads FollowTheMoney JSON lines, plain entities or OpenSanctions delta operations, into a <see cref="ParsedInput"/>.
/// A bad line is reported by file, line and field and the reading goes on, so that one pass finds every problem.
/// The text is cut into chunks of whole lines; a stream's chunks are parsed in parallel and put back in file order.
/// </summary>
public sealed class FtmReader : IDesignationReader
{
    /// <summary>Reads a file (or the first file of an upload) as UTF-8 bytes in parallel, or text given as such.</summary>
    public async Task<ParsedInput> ReadAsync(ImportSource source, DateOnly published, CancellationToken cancellationToken) => source switch
    {
        TextSource text => await ReadAsync(new StringReader(text.Content), text.FileName, cancellationToken),
        PathSource path => await ReadFileAsync(path.Path, cancellationToken),
        UploadSource { Files: [var first, ..] } => await ReadFileAsync(first, cancellationToken),
        _ => throw new ArgumentException($"The FtM reader cannot read a {source.GetType().Name}.", nameof(source)),
    };

    /// <summary>A file is read as UTF-8 bytes, in parallel; one in UTF-16, by its byte order mark, is read as text first.</summary>
    private static async Task<ParsedInput> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var start = new byte[2];
        var read = await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        if (read == 2 && start is [0xFF, 0xFE] or [0xFE, 0xFF]) return await ReadAsync(new StringReader(await FtmUtf16File.ReadAsync(file, cancellationToken)), path, cancellationToken);
        return await ReadAsync(file, path, cancellationToken);
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
    public static async Task<ParsedInput> ReadAsync(TextReader lines, string fileName, CancellationToken cancellationToken = default)
    {
        await using var text = new FtmTextStream(lines);
        return await ReadAsync(text, fileName, cancellationToken);
    }

    /// <summary>
    /// Reads every line of UTF-8 text (a byte order mark is skipped), parsing chunks of lines on every core while
    /// the next chunk is read; never throws for bad input.
    /// </summary>
    /// <param name="utf8">One JSON object per line; blank lines are skipped.</param>
    /// <param name="fileName">The file as the user named it, for error reports and sources.</param>
    /// <param name="cancellationToken">Stops the reading between chunks of lines.</param>
    public static async Task<ParsedInput> ReadAsync(Stream utf8, string fileName, CancellationToken cancellationToken = default)
    {
        var chunker = new FtmChunker(utf8);
        var parsers = new ConcurrentBag<FtmChunkParser>();
        var pending = new Queue<Task<ParsedInput>>();
        var chunks = new List<ParsedInput>();
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
            if (pending.Count > Environment.ProcessorCount) chunks.Add(await pending.Dequeue());
        }
        while (pending.Count > 0) chunks.Add(await pending.Dequeue());
        return Join(chunks);
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
