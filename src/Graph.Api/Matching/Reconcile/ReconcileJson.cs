using System.Text.Json.Serialization;

namespace Graph.Api.Matching.Reconcile;

/// <summary>A type of the reconciliation specification: an FtM schema, by its name.</summary>
internal sealed record ReconcileTypeJson(string Id, string Name);

/// <summary>A property queries may name, as property suggestions list it.</summary>
internal sealed record ReconcilePropertyJson(string Id, string Name, string Description);

/// <summary>A reconciliation candidate, in the shape both versions share: score from 0 to 100, features from the explanations.</summary>
internal sealed record ReconcileCandidateJson(
    string Id, string Name, string? Description, IReadOnlyList<ReconcileTypeJson> Type, double Score,
    IReadOnlyList<ReconcileFeatureJson> Features, bool Match);

/// <summary>A matching feature: the explanation's feature, its label and its score from -1 to 1.</summary>
internal sealed record ReconcileFeatureJson(string Id, string Name, double Value);

/// <summary>Version 0.2's reconciliation result: the candidates of one query.</summary>
internal sealed record Reconcile02ResultJson(IReadOnlyList<ReconcileCandidateJson> Result);

/// <summary>Version 1.0's reconciliation result batch: the candidates of each query, in the queries' order.</summary>
internal sealed record Reconcile10ResultsJson(IReadOnlyList<Reconcile10CandidatesJson> Results);

internal sealed record Reconcile10CandidatesJson(IReadOnlyList<ReconcileCandidateJson> Candidates);

/// <summary>An entity suggestion, with its type as a notable type.</summary>
internal sealed record SuggestEntityJson(string Id, string Name, string? Description, IReadOnlyList<ReconcileTypeJson> Notable);

internal sealed record SuggestEntitiesJson(IReadOnlyList<SuggestEntityJson> Result);

internal sealed record SuggestPropertiesJson(IReadOnlyList<ReconcilePropertyJson> Result);

internal sealed record SuggestTypesJson(IReadOnlyList<ReconcileTypeJson> Result);

/// <summary>Version 0.2's service manifest.</summary>
internal sealed record Manifest02Json(
    IReadOnlyList<string> Versions, string Name, string IdentifierSpace, string SchemaSpace, ViewJson View,
    Preview02Json Preview, Suggest02Json Suggest, IReadOnlyList<ReconcileTypeJson> DefaultTypes, int BatchSize);

internal sealed record ViewJson(string Url);

internal sealed record Preview02Json(string Url, int Width, int Height);

internal sealed record Suggest02Json(SuggestServiceJson Entity, SuggestServiceJson Property, SuggestServiceJson Type);

internal sealed record SuggestServiceJson(
    [property: JsonPropertyName("service_url")] string ServiceUrl,
    [property: JsonPropertyName("service_path")] string ServicePath);

/// <summary>Version 1.0-draft's service manifest: routes fixed by the root, scores standardized to 0..100.</summary>
internal sealed record Manifest10Json(
    IReadOnlyList<string> Versions, string Name, ViewJson View, Preview10Json Preview, Suggest10Json Suggest,
    IReadOnlyList<ReconcileTypeJson> DefaultTypes, int BatchSize, bool StandardizedScore);

internal sealed record Preview10Json(int Width, int Height);

internal sealed record Suggest10Json(bool Entity, bool Property, bool Type);

/// <summary>
/// The reconciliation answers' serializer, generated at build time: camelCase, optional fields left out when null (the
/// specification's schemas type them as strings), and the default encoder, which also makes JSONP safe.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Manifest02Json))]
[JsonSerializable(typeof(Manifest10Json))]
[JsonSerializable(typeof(Dictionary<string, Reconcile02ResultJson>))]
[JsonSerializable(typeof(Reconcile02ResultJson))]
[JsonSerializable(typeof(Reconcile10ResultsJson))]
[JsonSerializable(typeof(SuggestEntitiesJson))]
[JsonSerializable(typeof(SuggestPropertiesJson))]
[JsonSerializable(typeof(SuggestTypesJson))]
internal sealed partial class ReconcileJsonContext : JsonSerializerContext;
