using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>What to write of one kind of record, and how each incoming record compares with the stored one.</summary>
internal sealed record Changes<T>(List<T> ToWrite, RecordCounts Counts);

/// <summary>The ids of records a deletion will really remove: those that exist.</summary>
internal sealed record Deletions(List<string> EntityIds, List<string> SanctionIds, List<string> RelationshipIds);

/// <summary>
/// Fetches the stored version of incoming records in chunks and sorts them into created, updated and unchanged.
/// Nothing is fetched of a kind the store held none of before the import (<c>held</c>): every such record is new.
/// </summary>
internal sealed class StoredRecordComparer(IGraphStore store, GraphStatistics held, IProgress<ImportProgress>? progress, int chunk)
{
    public Task<Changes<Entity>> EntitiesAsync(List<Entity> incoming, Func<Entity, Entity?, Entity> merge, CancellationToken cancellationToken) =>
        CompareAsync("Comparing entities", incoming, e => e.Id, Fetch(held.Entities, store.GetEntitiesAsync), merge, RecordEquality.Same,
            (_, _) => null, cancellationToken);

    public Task<Changes<Sanction>> SanctionsAsync(List<Sanction> incoming, Func<Sanction, Sanction?, Sanction> stamp, CancellationToken cancellationToken) =>
        CompareAsync("Comparing sanctions", incoming, s => s.Id, Fetch(held.Sanctions, store.GetSanctionsAsync), stamp, RecordEquality.Same,
            (merged, stored) => merged.LastSeen == stored.LastSeen ? null : stored with { LastSeen = merged.LastSeen }, cancellationToken);

    public Task<Changes<Relationship>> RelationshipsAsync(List<Relationship> incoming, Func<Relationship, Relationship?, Relationship> merge, CancellationToken cancellationToken) =>
        CompareAsync("Comparing relationships", incoming, r => r.Id, Fetch(held.Relationships, store.GetRelationshipsByIdAsync), merge,
            RecordEquality.Same, (_, _) => null, cancellationToken);

    /// <summary>The store's look-up, or none when the store holds no record of the kind: a first import of a million records asks nothing.</summary>
    private static Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>>? Fetch<T>(
        long count, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch) =>
        count == 0 ? null : fetch;

    public async Task<Deletions> DeletionsAsync(ParsedInput parsed, CancellationToken cancellationToken) => new(
        parsed.DeletedEntityIds.Count == 0 ? [] : [.. (await store.GetEntitiesAsync(parsed.DeletedEntityIds, cancellationToken)).Keys],
        parsed.DeletedSanctionIds.Count == 0 ? [] : [.. (await store.GetSanctionsAsync(parsed.DeletedSanctionIds, cancellationToken)).Keys],
        parsed.DeletedRelationshipIds.Count == 0 ? [] : [.. (await store.GetRelationshipsByIdAsync(parsed.DeletedRelationshipIds, cancellationToken)).Keys]);

    private async Task<Changes<T>> CompareAsync<T>(
        string phase, List<T> incoming, Func<T, string> id,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>>? fetch,
        Func<T, T?, T> merge, Func<T, T, bool> same, Func<T, T, T?> touch, CancellationToken cancellationToken)
        where T : class
    {
        var toWrite = new List<T>();
        int created = 0, updated = 0, unchanged = 0, done = 0;
        foreach (var part in incoming.Chunk(chunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stored = fetch is null ? None<T>.Stored : await fetch([.. part.Select(id)], cancellationToken);
            foreach (var record in part)
            {
                var existing = stored.GetValueOrDefault(id(record));
                var merged = merge(record, existing);
                if (existing is null || !same(merged, existing))
                {
                    toWrite.Add(merged);
                    if (existing is null) created++;
                    else updated++;
                    continue;
                }
                unchanged++;
                // An unchanged sanction still moves its lastSeen: written, but not counted as a change.
                if (touch(merged, existing) is { } touched) toWrite.Add(touched);
            }
            done += part.Length;
            progress?.Report(new ImportProgress(phase, done, incoming.Count));
        }
        return new Changes<T>(toWrite, new RecordCounts(created, updated, unchanged));
    }
}

/// <summary>What an empty store holds of a kind of record.</summary>
file static class None<T>
{
    public static readonly IReadOnlyDictionary<string, T> Stored = new Dictionary<string, T>();
}
