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
        var entities = Distinct(parsed.Entities, e => e.Id);
        entities.AddRange(await MissingPlaceholdersAsync(parsed.Placeholders, entities, cancellationToken));
        var sanctions = Distinct(parsed.Sanctions, s => s.Id);
        var relationships = Distinct(parsed.Relationships, r => r.Id);

        progress?.Report(new ImportProgress("Resolving references", 0, sanctions.Count + relationships.Count));
        var authorities = await new AuthorityResolver(store).ResolveAsync(parsed, entities, sanctions, cancellationToken);
        entities.AddRange(authorities.NewEntities);
        sanctions = [.. sanctions.Select(s => authorities.Renamed.TryGetValue(s.AuthorityId, out var id) ? s with { AuthorityId = id } : s)];
        var known = await KnownEntityIdsAsync(entities, sanctions, relationships, cancellationToken);
        var sanctionOrigins = new OriginIndex<Sanction>(parsed.Sanctions, parsed.SanctionOrigins, s => s.Id, input);
        var relationshipOrigins = new OriginIndex<Relationship>(parsed.Relationships, parsed.RelationshipOrigins, r => r.Id, input);
        sanctions = [.. sanctions.Where(s =>
            Resolves(s.Id, sanctionOrigins, "target", s.TargetId, known, rejected) & Resolves(s.Id, sanctionOrigins, "authority", s.AuthorityId, known, rejected))];
        relationships = [.. relationships.Where(r =>
            Resolves(r.Id, relationshipOrigins, "from", r.FromId, known, rejected) & Resolves(r.Id, relationshipOrigins, "to", r.ToId, known, rejected))];

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

    /// <summary>The last record of each id wins, in the order the input first named the id.</summary>
    private static List<T> Distinct<T>(List<T> records, Func<T, string> id)
    {
        var positions = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
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

    /// <summary>The placeholders whose id neither the input nor the graph holds: only those are written.</summary>
    private async Task<List<Entity>> MissingPlaceholdersAsync(List<Entity> placeholders, List<Entity> entities, CancellationToken cancellationToken)
    {
        if (placeholders.Count == 0) return [];
        var held = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = Distinct(placeholders, p => p.Id).Where(p => !held.Contains(p.Id)).ToList();
        foreach (var chunk in candidates.Select(p => p.Id).Chunk(Chunk)) held.UnionWith((await store.GetEntitiesAsync(chunk, cancellationToken)).Keys);
        return [.. candidates.Where(p => !held.Contains(p.Id))];
    }

    private async Task<HashSet<string>> KnownEntityIdsAsync(List<Entity> entities, List<Sanction> sanctions, List<Relationship> relationships, CancellationToken cancellationToken)
    {
        // Only sanctions and relationships point at entities; a list of entities alone has nothing to check.
        if (sanctions.Count == 0 && relationships.Count == 0) return [];
        var known = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var elsewhere = sanctions.SelectMany(s => new[] { s.TargetId, s.AuthorityId })
            .Concat(relationships.SelectMany(r => new[] { r.FromId, r.ToId }))
            .Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in elsewhere.Chunk(Chunk)) known.UnionWith((await store.GetEntitiesAsync(chunk, cancellationToken)).Keys);
        return known;
    }

    private static bool Resolves<T>(string recordId, OriginIndex<T> origins, string field, string entityId, HashSet<string> known, List<ImportError> rejected)
    {
        if (known.Contains(entityId)) return true;
        var origin = origins.Of(recordId);
        rejected.Add(new ImportError(origin.File, origin.LineOf(field), field, $"'{recordId}' points at '{entityId}', which is neither in this input nor in the graph."));
        return false;
    }
}
