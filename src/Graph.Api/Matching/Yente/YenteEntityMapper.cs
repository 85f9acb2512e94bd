using Graph.Domain.Matching;
using Graph.Domain.Model;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// A hit as yente's <c>ScoredEntityResponse</c>: FtM properties from the entity's names and properties, with
/// <c>topics: ["sanction"]</c> and <c>target: true</c> while a sanction on it is in force; <c>first_seen</c> and
/// <c>last_seen</c> from the publications that carried its sanctions; the explanations by feature, the strongest of each.
/// </summary>
internal static class YenteEntityMapper
{
    public const string SanctionTopic = "sanction";

    public static YenteScoredEntityJson ToJson(MatchHit hit, IReadOnlyList<Sanction> sanctions, DateOnly today)
    {
        var entity = hit.Entity;
        var inForce = sanctions.Any(s => !s.HadEndedBy(today));
        var explanations = new Dictionary<string, YenteFeatureResultJson>(StringComparer.Ordinal);
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in hit.Explanations)
        {
            if (!explanations.TryAdd(e.Feature, new YenteFeatureResultJson(e.Detail, e.Score, e.Query, e.Candidate))) continue;
            features[e.Feature] = e.Score;
        }
        var firstSeen = sanctions.Select(s => s.FirstSeen).Where(d => d is not null).Min();
        var lastSeen = sanctions.Select(s => s.LastSeen).Where(d => d is not null).Max();
        var lastChange = sanctions.SelectMany(s => new[] { s.FirstSeen, s.EndedOn }).Where(d => d is { } day && day.Earliest <= today).Max();
        return new YenteScoredEntityJson(entity.Id, entity.Name, FtmSchemas.NameOf(entity.Kind), Properties(entity, inForce),
            hit.Datasets, [], inForce, Timestamp(firstSeen), Timestamp(lastSeen), Timestamp(lastChange),
            hit.Score, features, hit.Match, explanations);
    }

    /// <summary>The matcher's features that scored the results, each once, as yente's deprecated <c>matcher</c> lists them.</summary>
    public static IReadOnlyDictionary<string, YenteFeatureDocJson> FeatureDocs(IEnumerable<MatchHit> hits)
    {
        var docs = new SortedDictionary<string, YenteFeatureDocJson>(StringComparer.Ordinal);
        foreach (var e in hits.SelectMany(h => h.Explanations)) docs.TryAdd(e.Feature, new YenteFeatureDocJson(MatchFeatures.Label(e.Feature), e.Weight ?? 0, ""));
        return docs;
    }

    private static Dictionary<string, IReadOnlyList<string>> Properties(Entity entity, bool inForce)
    {
        var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["name"] = [entity.Name] };
        if (entity.Aliases.Count > 0) properties["alias"] = entity.Aliases;
        foreach (var (name, values) in entity.Properties)
        {
            properties[name] = properties.TryGetValue(name, out var had) ? [.. had.Concat(values).Distinct(StringComparer.Ordinal)] : values;
        }
        if (inForce)
        {
            properties["topics"] = [.. properties.GetValueOrDefault("topics", []).Append(SanctionTopic).Distinct(StringComparer.Ordinal)];
        }
        return properties;
    }

    /// <summary>yente's ISO form with seconds and no zone, from the first day the date stands for.</summary>
    private static string? Timestamp(PartialDate? date) => date is { } day ? $"{day.Earliest:yyyy-MM-dd}T00:00:00" : null;
}
