using System.Diagnostics;
using System.Threading.Channels;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>
/// The first import of a parted input (<see cref="Reading.IPartedDesignationReader"/>, an FtM export) into an empty
/// store, written a part at a time while the next parts are read, in one transaction (a dry run reads and checks
/// the parts the same way, and writes none). It holds the part being written
/// and what the end needs: the entity ids (every reference is checked against them), the names of the bodies (an
/// authority may be one of them), a 64-bit hash of each relationship id, the references not yet resolved, and the
/// sanctions, written last, once their authorities are resolved.
/// <para>
/// It writes exactly what <see cref="ImportRunner"/> writes of the whole input, and runs only while the two agree: at
/// a rejected line, an id given twice, a deletion, a placeholder, a publication, or a reference to an entity the
/// input does not hold, it gives way (<see cref="TryRunAsync"/> returns null), its transaction rolled back, and the
/// importer reads the input again as a whole, which reports such input as it always has.
/// </para>
/// </summary>
internal sealed class StreamedFirstLoad(IGraphStore store)
{
    /// <summary>Records per part written: enough for the first part to decide the journal and the deferred indexes as the whole would.</summary>
    private const int PartRecords = 50_000;

    /// <summary>Parts the reader may read ahead of the write: about two parts' worth of chunks.</summary>
    private const int ReadAhead = 16;

    private readonly HashSet<string> _entityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bodiesByName = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _relationshipIds = [];
    private readonly HashSet<string> _unresolved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sanctionIds = new(StringComparer.Ordinal);
    private readonly List<Sanction> _sanctions = [];
    private readonly Dictionary<string, string> _authorities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ignored = new(StringComparer.Ordinal);

    /// <summary>Whether the store holds nothing, so that a streamed first load may run.</summary>
    public static async Task<bool> AppliesAsync(IGraphStore store, CancellationToken cancellationToken) =>
        await store.GetStatisticsAsync(cancellationToken) is { Entities: 0, Sanctions: 0, Relationships: 0 };

    /// <summary>
    /// Reads and writes the parts, or in a dry run reads and checks them the same way and writes nothing; null when the
    /// input needs the whole-input runner, with nothing written.
    /// </summary>
    public async Task<ImportReport?> TryRunAsync(
        ImportFormat format, string input, IAsyncEnumerable<ParsedInput> parts, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ahead = Channel.CreateBounded<ParsedInput>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var reading = ReadAheadAsync(parts, ahead.Writer, stop.Token);
        try
        {
            var batches = Batches(ahead.Reader, dryRun ? "Reading" : "Writing as it reads", progress, stop.Token);
            if (dryRun) await foreach (var _ in batches) { }
            else await store.WriteInPartsAsync(batches, cancellationToken);
        }
        catch (GiveWay)
        {
            return null;
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
        if (!dryRun) progress?.Report(new ImportProgress("Written", _entityIds.Count + _sanctions.Count + _relationshipIds.Count, 0));
        return new ImportReport
        {
            Format = format,
            Input = input,
            DryRun = dryRun,
            Succeeded = true,
            Entities = new RecordCounts(Created: _entityIds.Count),
            Sanctions = new RecordCounts(Created: _sanctions.Count),
            Relationships = new RecordCounts(Created: _relationshipIds.Count),
            Ignored = _ignored,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Reads the parts into the channel, ahead of the write, until they end or the load stops.</summary>
    private static async Task ReadAheadAsync(IAsyncEnumerable<ParsedInput> parts, ChannelWriter<ParsedInput> ahead, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var part in parts.WithCancellation(cancellationToken)) await ahead.WriteAsync(part, cancellationToken);
            ahead.Complete();
        }
        catch (Exception e)
        {
            ahead.Complete(e);
        }
    }

    private async IAsyncEnumerable<GraphBatch> Batches(ChannelReader<ParsedInput> ahead, string phase, IProgress<ImportProgress>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress(phase, 0, 0));
        var entities = new List<Entity>();
        var relationships = new List<Relationship>();
        await foreach (var part in ahead.ReadAllAsync(cancellationToken))
        {
            Take(part, entities, relationships);
            if (entities.Count + relationships.Count < PartRecords) continue;
            yield return new GraphBatch(entities, [], relationships);
            progress?.Report(new ImportProgress(phase, _entityIds.Count + _relationshipIds.Count, 0));
            (entities, relationships) = ([], []);
        }

        progress?.Report(new ImportProgress("Resolving references", 0, _sanctions.Count + _relationshipIds.Count));
        // The store held nothing when the load began, and on SQLite its transaction has kept other writers out since
        // the first part: every authority is in the input or made here. (Neo4j writes at the end; a write that lands
        // there meanwhile is the race the whole-input runner has between its look-ups and its write.)
        var (renamed, created) = await new AuthorityResolver(store, graphIsEmpty: true).ResolveAsync(
            _authorities, _entityIds.Contains, names => names.Where(_bodiesByName.ContainsKey).ToDictionary(name => name, name => _bodiesByName[name]), _sanctions, cancellationToken);
        foreach (var authority in created) Entity(authority, entities);
        for (var i = 0; i < _sanctions.Count; i++)
        {
            if (renamed.TryGetValue(_sanctions[i].AuthorityId, out var id)) _sanctions[i] = _sanctions[i] with { AuthorityId = id };
        }
        if (!_unresolved.IsSubsetOf(_entityIds) || _sanctions.Any(s => !_entityIds.Contains(s.TargetId) || !_entityIds.Contains(s.AuthorityId))) throw new GiveWay();
        yield return new GraphBatch(entities, _sanctions, relationships);
    }

    /// <summary>Takes one part's records, or gives way at what only the whole-input runner handles.</summary>
    private void Take(ParsedInput part, List<Entity> entities, List<Relationship> relationships)
    {
        if (part.Rejected.Count > 0 || part.Placeholders.Count > 0 || part.Publication is not null
            || part.DeletedEntityIds.Count > 0 || part.DeletedSanctionIds.Count > 0 || part.DeletedRelationshipIds.Count > 0)
        {
            throw new GiveWay();
        }
        foreach (var (kind, count) in part.Ignored) _ignored[kind] = _ignored.GetValueOrDefault(kind) + count;
        foreach (var (id, name) in part.Authorities) _authorities.TryAdd(id, name);
        foreach (var entity in part.Entities) Entity(entity, entities);
        foreach (var sanction in part.Sanctions)
        {
            if (!_sanctionIds.Add(sanction.Id)) throw new GiveWay();
            _sanctions.Add(sanction);
        }
        foreach (var relationship in part.Relationships)
        {
            // A hash that two ids share gives way as a repeated id would: the whole-input runner then decides.
            if (!_relationshipIds.Add(IdHash.Of(relationship.Id))) throw new GiveWay();
            if (!_entityIds.Contains(relationship.FromId)) _unresolved.Add(relationship.FromId);
            if (!_entityIds.Contains(relationship.ToId)) _unresolved.Add(relationship.ToId);
            relationships.Add(relationship);
        }
    }

    private void Entity(Entity entity, List<Entity> entities)
    {
        if (!_entityIds.Add(entity.Id)) throw new GiveWay();
        if (entity.Kind != EntityKind.Person) _bodiesByName.TryAdd(entity.Name, entity.Id);
        entities.Add(entity);
    }

    /// <summary>The input needs the whole-input runner; thrown through the store's write, which rolls back.</summary>
    private sealed class GiveWay : Exception;
}
