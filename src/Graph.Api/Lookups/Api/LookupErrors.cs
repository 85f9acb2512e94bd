using System.Text.Json;
using Graph.Api.Errors;
using Graph.GraphQL;

namespace Graph.Api.Lookups.Api;

/// <summary>The error answers of the JSON lookups: <c>{"error": code, "message": sentence}</c>, with GraphQL's codes.</summary>
internal static class LookupErrors
{
    public const string NotFoundCode = "NOT_FOUND";

    /// <summary>A 400 naming the parameter; not cached anywhere, since the caller must fix the request.</summary>
    public static Task WriteBadInputAsync(HttpContext context, string message) =>
        LookupResponder.WriteAsync(context, Answer(StatusCodes.Status400BadRequest, GraphErrors.BadUserInput, message, CachePolicies.Refused));

    /// <summary>A 404 for an id the graph does not hold; shared caches may keep it a minute.</summary>
    public static LookupAnswer NotFound(string id) =>
        Answer(StatusCodes.Status404NotFound, NotFoundCode, $"No entity has the id '{MessageText.Shorten(id, 80)}'; find ids with /api/search?q=NAME.", CachePolicies.NotFound);

    /// <summary>An error answer of any lookup route, oEmbed's too.</summary>
    public static LookupAnswer Answer(int status, string code, string message, string cacheControl) =>
        LookupAnswer.Json(status, JsonSerializer.SerializeToUtf8Bytes(new LookupErrorJson(code, message), LookupJsonContext.Default.LookupErrorJson), cacheControl);
}
