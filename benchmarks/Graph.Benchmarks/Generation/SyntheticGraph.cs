using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Benchmarks.Generation;

/// <summary>
/// A deterministic graph of <paramref name="entityCount"/> entities, about 5 % of them sanctioned, and
/// <see cref="RelationshipsPerEntity"/> relationships per entity, produced as batches of at most
/// <paramref name="batchSize"/> entities or relationships: all entities (with their sanctions) first.
/// </summary>
internal sealed class SyntheticGraph(int entityCount, int seed, int batchSize)
{
    public const int RelationshipsPerEntity = 3;
    private readonly EntityKind[] _kinds = new EntityKind[entityCount];

    public long RelationshipCount => (long)entityCount * RelationshipsPerEntity;

    /// <summary>The highest degree of any entity, once every batch has been taken.</summary>
    public int HighestDegree { get; private set; }

    public IEnumerable<GraphBatch> Batches()
    {
        var random = new Random(seed);
        var entities = new EntityFactory(random);
        for (var start = 0; start < entityCount; start += batchSize)
        {
            var end = Math.Min(entityCount, start + batchSize);
            var batch = new List<Entity>(end - start);
            var sanctions = new List<Sanction>();
            for (var i = start; i < end; i++)
            {
                _kinds[i] = entities.KindOf(i);
                batch.Add(entities.Create(i, _kinds[i]));
                if (entities.MaybeSanction(i) is { } sanction) sanctions.Add(sanction);
            }
            yield return new GraphBatch(batch, sanctions, []);
        }

        var edges = new EdgeFactory(random, _kinds, RelationshipCount);
        for (long start = 0; start < RelationshipCount; start += batchSize)
        {
            var end = Math.Min(RelationshipCount, start + batchSize);
            var batch = new List<Relationship>((int)(end - start));
            for (var i = start; i < end; i++) batch.Add(edges.Next(i));
            yield return new GraphBatch([], [], batch);
        }
        HighestDegree = edges.HighestDegree;
    }
}
