using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Running;

/// <summary>
/// The one place where the authorities readers name become entities: an entity with that id (in the input or the graph)
/// is kept; else an entity of the input with exactly that name (not a person: people impose no sanctions; the first
/// such body is the one meant), as an FtM export of this graph holds its authorities; else an entity of the graph whose
/// name or alias matches (so "Office of Foreign Assets Control" lands on the seed's OFAC); else a public body is made.
/// </summary>
internal sealed class AuthorityResolver(IGraphStore store)
{
    public async Task<(IReadOnlyDictionary<string, string> Renamed, IReadOnlyList<Entity> NewEntities)> ResolveAsync(
        ParsedInput parsed, IReadOnlyList<Entity> entities, Func<string, bool> inInput, IReadOnlyList<Sanction> sanctions, CancellationToken cancellationToken)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var created = new List<Entity>();
        if (parsed.Authorities.Count == 0) return (renamed, created);
        var stored = await store.GetEntitiesAsync([.. parsed.Authorities.Keys], cancellationToken);
        var missing = parsed.Authorities.Where(a => !inInput(a.Key) && !stored.ContainsKey(a.Key)).ToList();
        var inInputByName = new Dictionary<string, string>(StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            var names = missing.Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var entity in entities.Where(e => e.Kind != EntityKind.Person && names.Contains(e.Name))) inInputByName.TryAdd(entity.Name, entity.Id);
        }
        var elsewhere = missing.Select(a => a.Value).Where(name => !inInputByName.ContainsKey(name)).Distinct(StringComparer.Ordinal).ToList();
        var byName = elsewhere.Count == 0 ? new Dictionary<string, string>() : await store.ResolveNamesAsync(elsewhere, cancellationToken);
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
}
