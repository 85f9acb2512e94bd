using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>
/// The one place where the authorities readers name become entities: an entity with that id (in the input or the graph)
/// is kept; else an entity of the input with exactly that name (not a person: people impose no sanctions; the first
/// such body is the one meant), as an FtM export of this graph holds its authorities; else an entity of the graph whose
/// name or alias matches (so "Office of Foreign Assets Control" lands on the seed's OFAC); else a public body is made.
/// </summary>
/// <param name="store">Where the graph's entities are looked up.</param>
/// <param name="graphIsEmpty">The graph held nothing when the import began: nothing is looked up in it.</param>
internal sealed class AuthorityResolver(IGraphStore store, bool graphIsEmpty = false)
{
    /// <param name="authorities">The authorities the input's sanctions point at, by id, with their names.</param>
    /// <param name="inInput">Whether the input holds an entity of the id.</param>
    /// <param name="bodiesNamed">Of the names asked, those of entities of the input that are not people, with the id of the first such entity.</param>
    /// <param name="sanctions">The input's sanctions, whose first citing an authority made here gives its source.</param>
    /// <param name="cancellationToken">Stops the look-ups.</param>
    public async Task<(IReadOnlyDictionary<string, string> Renamed, IReadOnlyList<Entity> NewEntities)> ResolveAsync(
        IReadOnlyDictionary<string, string> authorities, Func<string, bool> inInput, Func<IReadOnlySet<string>, IReadOnlyDictionary<string, string>> bodiesNamed,
        IReadOnlyList<Sanction> sanctions, CancellationToken cancellationToken)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var created = new List<Entity>();
        if (authorities.Count == 0) return (renamed, created);
        var stored = graphIsEmpty ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync([.. authorities.Keys], cancellationToken);
        var missing = authorities.Where(a => !inInput(a.Key) && !stored.ContainsKey(a.Key)).ToList();
        var inInputByName = missing.Count == 0 ? new Dictionary<string, string>() : bodiesNamed(missing.Select(a => a.Value).ToHashSet(StringComparer.Ordinal));
        var elsewhere = missing.Select(a => a.Value).Where(name => !inInputByName.ContainsKey(name)).Distinct(StringComparer.Ordinal).ToList();
        var byName = elsewhere.Count == 0 || graphIsEmpty ? new Dictionary<string, string>() : await store.ResolveNamesAsync(elsewhere, cancellationToken);
        foreach (var (id, name) in missing)
        {
            if (inInputByName.TryGetValue(name, out var entityId) || byName.TryGetValue(name, out entityId))
            {
                renamed[id] = entityId;
                continue;
            }
            var cited = sanctions.FirstOrDefault(s => s.AuthorityId == id)?.Sources is [var first, ..] ? first : null;
            created.Add(new Entity(id, EntityKind.PublicBody, name)
            {
                Sources = cited is null ? [] : [cited with { Quote = name }],
                Note = "Created because a sanction names this authority and no entity in the graph stood for it.",
            });
        }
        return (renamed, created);
    }

    /// <summary>Of the names, those of entities in the list that are not people, each with the id of the first such entity.</summary>
    public static IReadOnlyDictionary<string, string> BodiesNamed(IReadOnlyList<Entity> entities, IReadOnlySet<string> names)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => e.Kind != EntityKind.Person && names.Contains(e.Name))) named.TryAdd(entity.Name, entity.Id);
        return named;
    }
}
