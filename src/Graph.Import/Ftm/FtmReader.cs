using System.Collections.Concurrent;
using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// Reads FollowTheMoney JSON lines, plain entities or OpenSanctions delta operations, into a <see cref="ParsedInput"/>.
/// A bad line is reported by file, line and field and the reading goes on, so that one pass finds every problem.
/// The text is cut into chunks of whole lines; a stream's chunks are parsed in parallel and put back in file order.
/// </summary>
public static class FtmReader
{
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
        foreach (var chunk in chunks)
        {
            parsed.Entities.AddRange(chunk.Entities);
            parsed.Sanctions.AddRange(chunk.Sanctions);
            parsed.Relationships.AddRange(chunk.Relationships);
            parsed.DeletedEntityIds.AddRange(chunk.DeletedEntityIds);
            parsed.DeletedSanctionIds.AddRange(chunk.DeletedSanctionIds);
            parsed.DeletedRelationshipIds.AddRange(chunk.DeletedRelationshipIds);
            parsed.Rejected.AddRange(chunk.Rejected);
            foreach (var (kind, count) in chunk.Ignored) parsed.Ignored[kind] = parsed.Ignored.GetValueOrDefault(kind) + count;
            foreach (var (id, name) in chunk.Authorities) parsed.Authorities.TryAdd(id, name);
        }
        LinkAuthoritiesToEntities(parsed);
        return parsed;
    }

    /// <summary>
    /// FtM names a sanction's authority by name only. When the same input also holds an entity of that exact name (as
    /// an FtM export of this graph does: its authorities are entities too), the sanction points at that entity, instead
    /// of at a new public body the import would create because the store does not hold the entity yet.
    /// </summary>
    private static void LinkAuthoritiesToEntities(ParsedInput parsed)
    {
        if (parsed.Authorities.Count == 0 || parsed.Sanctions.Count == 0) return;
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in parsed.Authorities.Values) byName.TryAdd(name, null);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in parsed.Entities)
        {
            // An authority whose own id is an entity of the input is kept as it is.
            if (parsed.Authorities.ContainsKey(entity.Id)) present.Add(entity.Id);
            // People do not impose sanctions; the first body of that name is the one meant.
            if (entity.Kind != EntityKind.Person && byName.TryGetValue(entity.Name, out var found) && found is null) byName[entity.Name] = entity.Id;
        }
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, name) in parsed.Authorities)
        {
            if (!present.Contains(id) && byName[name] is { } entityId) renamed[id] = entityId;
        }
        foreach (var id in renamed.Keys) parsed.Authorities.Remove(id);
        for (var i = 0; renamed.Count > 0 && i < parsed.Sanctions.Count; i++)
        {
            if (renamed.TryGetValue(parsed.Sanctions[i].AuthorityId, out var entityId)) parsed.Sanctions[i] = parsed.Sanctions[i] with { AuthorityId = entityId };
        }
    }
}
