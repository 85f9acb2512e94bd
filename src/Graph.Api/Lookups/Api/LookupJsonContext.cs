using System.Text.Json.Serialization;

namespace Graph.Api.Lookups.Api;

/// <summary>
/// The JSON lookups' serializer, generated at build time: compact, camelCase, nulls written as null (as GraphQL does),
/// and the default encoder, which escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so that an answer pasted
/// into an HTML page or a script element cannot close it.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EntityLookupJson))]
[JsonSerializable(typeof(SearchLookupJson))]
[JsonSerializable(typeof(LookupErrorJson))]
internal sealed partial class LookupJsonContext : JsonSerializerContext;
