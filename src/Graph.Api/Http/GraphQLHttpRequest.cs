using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Graph.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a GET query string or a POST JSON body, checking the JSON type of
/// every parameter so that a malformed request gets a 400 that says what was wrong.
/// </summary>
internal static class GraphQLHttpRequest
{
    public static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = query["query"].FirstOrDefault(),
        OperationName = query["operationName"].FirstOrDefault(),
        Variables = ObjectFromString<Inputs>(query["variables"].FirstOrDefault(), "variables", serializer),
        Extensions = ObjectFromString<Inputs>(query["extensions"].FirstOrDefault(), "extensions", serializer),
    };

    public static async Task<GraphQLRequest> FromBodyAsync(Stream body, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BadGraphQLRequestException($"The body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new BadGraphQLRequestException("The body must be a JSON object with a 'query' string.");
            return new GraphQLRequest
            {
                Query = StringProperty(root, "query"),
                OperationName = StringProperty(root, "operationName"),
                Variables = ObjectProperty<Inputs>(root, "variables", serializer),
                Extensions = ObjectProperty<Inputs>(root, "extensions", serializer),
            };
        }
    }

    private static string? StringProperty(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new BadGraphQLRequestException($"'{name}' must be a string.");

    private static T? ObjectProperty<T>(JsonElement root, string name, IGraphQLTextSerializer serializer) where T : class =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<T>(value.GetRawText())
        : throw new BadGraphQLRequestException($"'{name}' must be a JSON object.");

    private static T? ObjectFromString<T>(string? text, string name, IGraphQLTextSerializer serializer) where T : class
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? serializer.Deserialize<T>(text)
                : throw new BadGraphQLRequestException($"'{name}' must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new BadGraphQLRequestException($"'{name}' must be a JSON object.");
        }
    }
}

/// <summary>A request the endpoint cannot even try to execute: answered with 400.</summary>
internal sealed class BadGraphQLRequestException(string message) : Exception(message);
