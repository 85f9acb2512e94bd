using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>
/// Turns the authorities a reader named into entities: an entity with that id is kept, else one whose name or
/// alias matches is reused (so "Office of Foreign Assets Control" lands on the seed's OFAC), else a public body is made.
/// </summary>
internal sealed class AuthorityResolver(IGraphStore store)
{
    public async Task<(IReadOnlyDictionary<string, string> Renamed, IReadOnlyList<Entity> NewEntities)> ResolveAsync(
        ParsedInput parsed, IReadOnlyList<Entity> entities, IReadOnlyList<Sanction> sanctions, CancellationToken cancellationToken)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var created = new List<Entity>();
        if (parsed.Authorities.Count == 0) return (renamed, created);
        var inInput = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var stored = await store.GetEntitiesAsync([.. parsed.Authorities.Keys], cancellationToken);
        var missing = parsed.Authorities.Where(a => !inInput.Contains(a.Key) && !stored.ContainsKey(a.Key)).ToList();
        var byName = missing.Count == 0 ? new Dictionary<string, string>() : await store.ResolveNamesAsync([.. missing.Select(a => a.Value)], cancellationToken);
        foreach (var (id, name) in missing)
        {
            if (byName.TryGetValue(name, out var existing))
            {
                renamed[id] = existing;
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
}
