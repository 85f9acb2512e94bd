using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>Content negotiation for GraphQL over HTTP.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type the client accepts: graphql-response+json when named, JSON when Accept is missing,
    /// a wildcard or JSON, otherwise null (406).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        string? chosen = null;
        foreach (var type in accept.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var name = type.MediaType.Value;
            if (string.Equals(name, GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (chosen is null && (name is "*/*" or "application/*" || string.Equals(name, Json, StringComparison.OrdinalIgnoreCase))) chosen = Json;
        }
        return chosen;
    }

    /// <summary>True when a browser asks for a page: text/html is accepted ahead of JSON.</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for application/json with any parameters, the only body type the endpoint reads.</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase);
}
