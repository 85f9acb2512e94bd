using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Api.Errors;
using Graph.Domain.Matching;
using Microsoft.Extensions.Primitives;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// The query parameters of <c>POST /match/{dataset}</c>, as yente names them: <c>limit</c> (1 to
/// <see cref="MatchOptions.MaxFirst"/>, 5), <c>threshold</c> (0 to 1, 0.7), <c>cutoff</c> (the least score returned, at most
/// the threshold, which it is by default), <c>algorithm</c>, and the filters <c>include_dataset</c>, <c>exclude_dataset</c>,
/// <c>exclude_schema</c>, <c>exclude_entity_ids</c> and <c>topics</c>, each repeatable. <c>changed_since</c> is checked
/// and otherwise ignored: the graph does not record when an entity last changed.
/// </summary>
internal sealed partial record YenteParameters(
    int Limit, double Threshold, double Cutoff, string Algorithm,
    IReadOnlySet<string> IncludeDatasets, IReadOnlySet<string> ExcludeDatasets, IReadOnlySet<string> ExcludeSchemas,
    IReadOnlySet<string> ExcludeEntityIds, IReadOnlySet<string> Topics)
{
    /// <summary>The most values of one repeatable parameter, as yente bounds exclude_entity_ids.</summary>
    public const int MaxListValues = 50;

    public static bool TryRead(IQueryCollection query, out YenteParameters parameters, out string? problem)
    {
        parameters = null!;
        var limit = MatchOptions.DefaultFirst;
        var threshold = MatchOptions.DefaultThreshold;
        double? cutoff = null;
        var algorithm = YenteAlgorithms.Default;
        var include = ReadList(query["include_dataset"]);
        var excludeDatasets = ReadList(query["exclude_dataset"]);
        var excludeSchemas = ReadList(query["exclude_schema"]);
        var excludeIds = ReadList(query["exclude_entity_ids"]);
        var topics = ReadList(query["topics"]);
        problem = ReadLimit(query["limit"], ref limit)
            ?? ReadScore(query["threshold"], "threshold", ref threshold)
            ?? ReadCutoff(query["cutoff"], ref cutoff)
            ?? ReadAlgorithm(query["algorithm"], ref algorithm)
            ?? ReadChangedSince(query["changed_since"])
            ?? Bound(include, "include_dataset") ?? Bound(excludeDatasets, "exclude_dataset") ?? Bound(excludeSchemas, "exclude_schema")
            ?? Bound(excludeIds, "exclude_entity_ids") ?? Bound(topics, "topics");
        if (problem is not null) return false;
        parameters = new YenteParameters(limit, threshold, Math.Min(cutoff ?? threshold, threshold), algorithm,
            include, excludeDatasets, excludeSchemas, excludeIds, topics);
        return true;
    }

    private static string? ReadLimit(StringValues values, ref int limit)
    {
        if (values.Count == 0) return null;
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MatchOptions.MaxFirst) return null;
        return $"limit: give how many results each query returns once, a whole number from 1 to {MatchOptions.MaxFirst}.";
    }

    private static string? ReadScore(StringValues values, string name, ref double score)
    {
        if (values.Count == 0) return null;
        if (values.Count == 1 && double.TryParse(values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out score) && score is >= 0 and <= 1) return null;
        return $"{name}: give a score from 0 to 1 once, e.g. {name}=0.7.";
    }

    private static string? ReadCutoff(StringValues values, ref double? cutoff)
    {
        var score = 0.0;
        var problem = ReadScore(values, "cutoff", ref score);
        if (values.Count > 0 && problem is null) cutoff = score;
        return problem;
    }

    private static string? ReadAlgorithm(StringValues values, ref string algorithm)
    {
        if (values.Count == 0) return null;
        if (values.Count == 1 && YenteAlgorithms.IsAccepted(values[0]!))
        {
            algorithm = values[0]!.Trim().ToLowerInvariant();
            return null;
        }
        return $"algorithm: '{MessageText.Shorten(string.Join(",", values.ToArray()), 40)}' is not an algorithm of this service; give one of {string.Join(", ", YenteAlgorithms.Accepted)}.";
    }

    private static string? ReadChangedSince(StringValues values) =>
        values.Count == 0 || (values.Count == 1 && TimestampPattern().IsMatch(values[0]!))
            ? null
            : "changed_since: give a date or time once, e.g. changed_since=2024-01-31 or 2024-01-31T12:00.";

    private static HashSet<string> ReadList(StringValues values) =>
        values.Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static string? Bound(HashSet<string> set, string name) =>
        set.Count > MaxListValues ? $"{name}: give at most {MaxListValues} values, not {set.Count}." : null;

    /// <summary>yente's own pattern of <c>changed_since</c>.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TimestampPattern();
}
