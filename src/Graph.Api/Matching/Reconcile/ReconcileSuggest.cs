using System.Globalization;
using Graph.Domain.Store;
using Graph.Domain.Text;
using Microsoft.Extensions.Primitives;

namespace Graph.Api.Matching.Reconcile;

/// <summary>
/// The suggest services of both versions, on <c>prefix</c> with 0.2's <c>cursor</c> or 1.0's <c>offset</c> and <c>limit</c>:
/// entities from the store's search (an entity whose id is the prefix first), and the types and properties whose id
/// or name starts with it. An empty prefix suggests no entities, and every type and property.
/// </summary>
internal static class ReconcileSuggest
{
    public const int DefaultLimit = 10;

    public static async Task EntitiesAsync(HttpContext context, bool version02)
    {
        if (!TryRead(context.Request.Query, version02, out var prefix, out var offset, out var limit, out var problem))
        {
            await MatchingErrors.BadInputAsync(context, problem!);
            return;
        }
        var services = context.RequestServices;
        var store = services.GetRequiredService<IGraphStore>();
        var cancellationToken = context.RequestAborted;
        var entities = new List<Domain.Model.Entity>();
        if (prefix.Length > 0)
        {
            if (Lookups.LookupQuery.IsPlausibleId(prefix) && (await store.GetEntitiesAsync([prefix], cancellationToken)).TryGetValue(prefix, out var byId)) entities.Add(byId);
            var hits = await store.SearchAsync(new SearchQuery(prefix, [], Math.Min(offset + limit, SearchQuery.MaxLimit)), cancellationToken);
            entities.AddRange(hits.Select(h => h.Entity).Where(e => e.Id != prefix));
        }
        var shown = entities.Skip(offset).Take(limit).ToList();
        var datasets = shown.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>() : await services.GetRequiredService<MatchBatch>().DatasetsOfAsync([.. shown.Select(e => e.Id)], cancellationToken);
        var result = new SuggestEntitiesJson([.. shown.Select(e => new SuggestEntityJson(e.Id, e.Name, ReconcileMatcher.Describe(e, datasets[e.Id]), [ReconcileMatcher.TypeOf(e.Kind)]))]);
        await ReconcileAnswers.WriteAsync(context, result, ReconcileJsonContext.Default.SuggestEntitiesJson, allowJsonp: version02);
    }

    public static Task PropertiesAsync(HttpContext context, bool version02)
    {
        if (!TryRead(context.Request.Query, version02, out var prefix, out var offset, out var limit, out var problem)) return MatchingErrors.BadInputAsync(context, problem!);
        var result = new SuggestPropertiesJson([.. ReconcileVocabulary.Properties.Where(p => Starts(prefix, p.Id, p.Name)).Skip(offset).Take(limit)]);
        return ReconcileAnswers.WriteAsync(context, result, ReconcileJsonContext.Default.SuggestPropertiesJson, allowJsonp: version02);
    }

    public static Task TypesAsync(HttpContext context, bool version02)
    {
        if (!TryRead(context.Request.Query, version02, out var prefix, out var offset, out var limit, out var problem)) return MatchingErrors.BadInputAsync(context, problem!);
        var result = new SuggestTypesJson([.. ReconcileVocabulary.Types.Where(t => Starts(prefix, t.Id, t.Name)).Skip(offset).Take(limit)]);
        return ReconcileAnswers.WriteAsync(context, result, ReconcileJsonContext.Default.SuggestTypesJson, allowJsonp: version02);
    }

    private static bool Starts(string prefix, string id, string name) =>
        id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        || name.Split(' ').Any(word => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool TryRead(IQueryCollection query, bool version02, out string prefix, out int offset, out int limit, out string? problem)
    {
        prefix = query["prefix"].Count == 1 ? query["prefix"][0]!.Trim() : "";
        offset = 0;
        limit = DefaultLimit;
        problem = query["prefix"].Count > 1 ? "prefix: give it once."
            : prefix.Length > SearchQuery.MaxTextLength ? $"prefix: must be at most {SearchQuery.MaxTextLength} characters long."
            : NameTokens.Of(prefix).Distinct(StringComparer.Ordinal).Count() > SearchQuery.MaxWords ? $"prefix: must have at most {SearchQuery.MaxWords} distinct words."
            : ReadNumber(query[version02 ? "cursor" : "offset"], version02 ? "cursor" : "offset", 0, 10_000, ref offset)
              ?? (version02 ? null : ReadNumber(query["limit"], "limit", 1, SearchQuery.MaxLimit, ref limit));
        return problem is null;
    }

    private static string? ReadNumber(StringValues values, string name, int min, int max, ref int number)
    {
        if (values.Count == 0) return null;
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max) return null;
        return $"{name}: give a whole number from {min} to {max} once.";
    }
}
