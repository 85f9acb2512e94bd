using System.Diagnostics;
using System.Runtime.InteropServices;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Import.Reading;

namespace Graph.Import.Running;

/// <summary>
/// Applies what a reader parsed to the store as one transaction: resolves authorities, checks references,
/// compares each record with the stored one (created, updated, unchanged), moves first and last seen along
/// publications, ends the sanctions a publication no longer carries, and writes only what changed.
/// Any rejected record stops the import before anything is written, unless invalid records are skipped.
/// </summary>
public sealed class ImportRunner(IGraphStore store)
{
    private const int Chunk = 20_000;

    public async Task<ImportReport> RunAsync(
        ImportFormat format, string input, ParsedInput parsed, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var publication = await PublicationTracker.OpenAsync(store, parsed.Publication, options.AllowOlder, cancellationToken);
        var rejected = new List<ImportError>(parsed.Rejected);
        // Where each entity id stands in the list of entities: the one look-up every reference is checked against.
        var entityPositions = new Dictionary<string, int>(parsed.Entities.Count, StringComparer.Ordinal);
        var entities = Distinct(parsed.Entities, e => e.Id, entityPositions);
        foreach (var placeholder in await MissingPlaceholdersAsync(parsed.Placeholders, entityPositions, cancellationToken)) Add(entities, entityPositions, placeholder);
        var sanctions = Distinct(parsed.Sanctions, s => s.Id);
        var relationships = Distinct(parsed.Relationships, r => r.Id);

        progress?.Report(new ImportProgress("Resolving references", 0, sanctions.Count + relationships.Count));
        var authorities = await new AuthorityResolver(store).ResolveAsync(
            parsed.Authorities, entityPositions.ContainsKey, names => AuthorityResolver.BodiesNamed(entities, names), sanctions, cancellationToken);
        foreach (var authority in authorities.NewEntities) Add(entities, entityPositions, authority);
        if (authorities.Renamed.Count > 0)
        {
            sanctions = [.. sanctions.Select(s => authorities.Renamed.TryGetValue(s.AuthorityId, out var id) ? s with { AuthorityId = id } : s)];
        }
        // Most inputs point only at entities they hold: then nothing is asked of the store and nothing is filtered.
        if (await StoredOutsideReferencesAsync(entityPositions, sanctions, relationships, cancellationToken) is { } heldByGraph)
        {
            bool Known(string id) => entityPositions.ContainsKey(id) || heldByGraph.Contains(id);
            var sanctionOrigins = new OriginIndex<Sanction>(parsed.Sanctions, parsed.SanctionOrigins, s => s.Id, input);
            var relationshipOrigins = new OriginIndex<Relationship>(parsed.Relationships, parsed.RelationshipOrigins, r => r.Id, input);
            sanctions = [.. sanctions.Where(s =>
                Resolves(s.Id, sanctionOrigins, "target", s.TargetId, Known, rejected) & Resolves(s.Id, sanctionOrigins, "authority", s.AuthorityId, Known, rejected))];
            relationships = [.. relationships.Where(r =>
                Resolves(r.Id, relationshipOrigins, "from", r.FromId, Known, rejected) & Resolves(r.Id, relationshipOrigins, "to", r.ToId, Known, rejected))];
        }

        var report = new ImportReport { Format = format, Input = input, DryRun = options.DryRun, Rejected = rejected, Ignored = parsed.Ignored };
        if (rejected.Count > 0 && !options.SkipInvalid) return report with { Elapsed = clock.Elapsed };

        var comparer = new StoredRecordComparer(store, await store.GetStatisticsAsync(cancellationToken), progress, Chunk);
        // Sanctions first: an older publication's entities and relationships are written only where it carried the newest sanction.
        var sanctionChanges = await comparer.SanctionsAsync(sanctions, publication.Stamp, cancellationToken);
        var entityChanges = await comparer.EntitiesAsync(entities, (e, stored) => publication.Merge(e, stored, e.Id), cancellationToken);
        var delisted = await publication.DelistMissingAsync(sanctions, cancellationToken);
        var relationshipChanges = await comparer.RelationshipsAsync(relationships, (r, stored) => publication.Merge(r, stored, r.FromId), cancellationToken);
        var deleted = await comparer.DeletionsAsync(parsed, cancellationToken);

        var batch = new GraphBatch(entityChanges.ToWrite, [.. sanctionChanges.ToWrite, .. delisted], relationshipChanges.ToWrite)
        {
            DeletedEntityIds = deleted.EntityIds,
            DeletedSanctionIds = deleted.SanctionIds,
            DeletedRelationshipIds = deleted.RelationshipIds,
        };
        if (!options.DryRun && !batch.IsEmpty)
        {
            progress?.Report(new ImportProgress("Writing", 0, batch.Entities.Count + batch.Sanctions.Count + batch.Relationships.Count));
            await store.WriteAsync(batch, cancellationToken);
            progress?.Report(new ImportProgress("Written", batch.Entities.Count + batch.Sanctions.Count + batch.Relationships.Count, 0));
        }
        return report with
        {
            Succeeded = true,
            Entities = entityChanges.Counts with { Deleted = deleted.EntityIds.Count },
            Sanctions = sanctionChanges.Counts with { Deleted = deleted.SanctionIds.Count },
            Relationships = relationshipChanges.Counts with { Deleted = deleted.RelationshipIds.Count },
            Delisted = delisted.Count,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>The last record of each id wins, in the order the input first named the id; <paramref name="positions"/> gets where each id stands.</summary>
    private static List<T> Distinct<T>(List<T> records, Func<T, string> id, Dictionary<string, int>? positions = null)
    {
        positions ??= new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        var distinct = new List<T>(records.Count);
        foreach (var record in records)
        {
            ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(positions, id(record), out var named);
            if (named)
            {
                distinct[position] = record;
                continue;
            }
            position = distinct.Count;
            distinct.Add(record);
        }
        return distinct;
    }

    /// <summary>Adds an entity to the list, in the place of one of the same id if it holds one, as <see cref="Distinct"/> would.</summary>
    private static void Add(List<Entity> entities, Dictionary<string, int> positions, Entity entity)
    {
        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(positions, entity.Id, out var held);
        if (held)
        {
            entities[position] = entity;
            return;
        }
        position = entities.Count;
        entities.Add(entity);
    }

    /// <summary>The placeholders whose id neither the input nor the graph holds: only those are written.</summary>
    private async Task<List<Entity>> MissingPlaceholdersAsync(List<Entity> placeholders, Dictionary<string, int> entityPositions, CancellationToken cancellationToken)
    {
        if (placeholders.Count == 0) return [];
        var candidates = Distinct(placeholders, p => p.Id).Where(p => !entityPositions.ContainsKey(p.Id)).ToList();
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Select(p => p.Id).Chunk(Chunk)) held.UnionWith((await store.GetEntitiesAsync(chunk, cancellationToken)).Keys);
        return [.. candidates.Where(p => !held.Contains(p.Id))];
    }

    /// <summary>
    /// Of the entities that sanctions and relationships point at outside the input, those the graph holds; null when
    /// every reference is to an entity of the input, as in a whole export, so that there is nothing to look up or check.
    /// </summary>
    private async Task<HashSet<string>?> StoredOutsideReferencesAsync(
        Dictionary<string, int> entityPositions, List<Sanction> sanctions, List<Relationship> relationships, CancellationToken cancellationToken)
    {
        var outside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sanction in sanctions)
        {
            if (!entityPositions.ContainsKey(sanction.TargetId)) outside.Add(sanction.TargetId);
            if (!entityPositions.ContainsKey(sanction.AuthorityId)) outside.Add(sanction.AuthorityId);
        }
        foreach (var relationship in relationships)
        {
            if (!entityPositions.ContainsKey(relationship.FromId)) outside.Add(relationship.FromId);
            if (!entityPositions.ContainsKey(relationship.ToId)) outside.Add(relationship.ToId);
        }
        if (outside.Count == 0) return null;
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in outside.Chunk(Chunk)) stored.UnionWith((await store.GetEntitiesAsync(chunk, cancellationToken)).Keys);
        return stored;
    }

    private static bool Resolves<T>(string recordId, OriginIndex<T> origins, string field, string entityId, Func<string, bool> known, List<ImportError> rejected)
    {
        if (known(entityId)) return true;
        var origin = origins.Of(recordId);
        rejected.Add(new ImportError(origin.File, origin.LineOf(field), field, $"'{recordId}' points at '{entityId}', which is neither in this input nor in the graph."));
        return false;
    }
}
