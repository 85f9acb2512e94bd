using System.Text.Json.Serialization;

namespace Graph.Api.Matching.Yente;

/// <summary>
/// The /match answers' serializer, generated at build time: yente's field names (camelCase, with its snake_case dates
/// named on the records), nulls written as yente writes them, and the default encoder, which escapes HTML's characters.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(YenteMatchResponseJson))]
internal sealed partial class YenteJsonContext : JsonSerializerContext;
