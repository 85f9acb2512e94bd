using System.Text.Json.Serialization;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// yente's <c>EntityMatchResponse</c>: the answers by the queries' keys, the features of the matcher (yente's deprecated
/// <c>matcher</c>, kept for older scripts) and the limit; plus the algorithm that ran.
/// </summary>
internal sealed record YenteMatchResponseJson(
    IReadOnlyDictionary<string, YenteMatchesJson> Responses,
    IReadOnlyDictionary<string, YenteFeatureDocJson> Matcher,
    int Limit,
    YenteAlgorithmJson Algorithm);

/// <summary>Which matcher scored the batch, and the name the request asked for.</summary>
internal sealed record YenteAlgorithmJson(string Name, string Requested);

/// <summary>yente's <c>EntityMatches</c>: one query's status, results, total and the query as read; <c>detail</c> says why a query got 400.</summary>
internal sealed record YenteMatchesJson(
    int Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail,
    IReadOnlyList<YenteScoredEntityJson> Results,
    YenteTotalJson Total,
    YenteExampleJson Query);

/// <summary>yente's <c>TotalSpec</c>: how many candidates reached the threshold.</summary>
internal sealed record YenteTotalJson(int Value, string Relation = "eq");

/// <summary>yente's <c>EntityExample</c>: the query's id, schema and properties as read.</summary>
internal sealed record YenteExampleJson(string? Id, string Schema, IReadOnlyDictionary<string, List<string>> Properties);

/// <summary>yente's <c>ScoredEntityResponse</c>: an FtM entity with its score, whether it matches, and why.</summary>
internal sealed record YenteScoredEntityJson(
    string Id,
    string Caption,
    string Schema,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<string> Referents,
    bool Target,
    [property: JsonPropertyName("first_seen")] string? FirstSeen,
    [property: JsonPropertyName("last_seen")] string? LastSeen,
    [property: JsonPropertyName("last_change")] string? LastChange,
    double Score,
    IReadOnlyDictionary<string, double> Features,
    bool Match,
    IReadOnlyDictionary<string, YenteFeatureResultJson> Explanations);

/// <summary>nomenklatura's <c>FeatureResult</c>: a feature's score, why, and the two values it compared.</summary>
internal sealed record YenteFeatureResultJson(string? Detail, double Score, string? Query, string? Candidate);

/// <summary>nomenklatura's <c>FeatureDoc</c>: what a feature is, what it weighs, and where it is described.</summary>
internal sealed record YenteFeatureDocJson(string? Description, double Coefficient, string Url);
