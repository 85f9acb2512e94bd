using System.Text;
using System.Text.Json;
using Graph.Api.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Matching;

/// <summary>
/// Reads a matching request's body at most <see cref="MatchingLimits.MaxBodyBytes"/> long (413 beyond, cut off as soon
/// as it passes), as JSON nested at most <see cref="MatchingLimits.MaxJsonDepth"/> deep or as an URL-encoded form.
/// Each reader answers the refusal itself and returns null.
/// </summary>
internal static class MatchingBody
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = MatchingLimits.MaxJsonDepth };

    /// <summary>The JSON body (missing or JSON content type), or null once a 413, 415 or 400 is written.</summary>
    public static async Task<JsonDocument?> ReadJsonAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentType is { Length: > 0 } && !IsJson(request.ContentType))
        {
            await MatchingErrors.UnsupportedMediaTypeAsync(context, "application/json");
            return null;
        }
        var text = await ReadTextAsync(context);
        if (text is null) return null;
        if (TryParseJson(text, "the body", out var document, out var problem)) return document;
        await MatchingErrors.BadInputAsync(context, problem!);
        return null;
    }

    /// <summary>The URL-encoded form of the body, or null once a 413 or 415 is written.</summary>
    public static async Task<Dictionary<string, StringValues>?> ReadFormAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await MatchingErrors.UnsupportedMediaTypeAsync(context, "application/x-www-form-urlencoded, e.g. queries={...}");
            return null;
        }
        var text = await ReadTextAsync(context);
        return text is null ? null : QueryHelpers.ParseQuery(text);
    }

    /// <summary>Parses JSON text with the body's depth bound; false with a message naming <paramref name="place"/> and the position.</summary>
    public static bool TryParseJson(string text, string place, out JsonDocument document, out string? problem)
    {
        document = null!;
        problem = null;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
            return true;
        }
        catch (JsonException e)
        {
            var depth = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? $" (it may nest at most {MatchingLimits.MaxJsonDepth} deep)" : "";
            problem = $"{place} is not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}{depth}.";
            return false;
        }
    }

    private static async Task<string?> ReadTextAsync(HttpContext context)
    {
        using var body = await GraphQLRequestBody.ReadAsync(context.Request, MatchingLimits.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await MatchingErrors.TooLargeAsync(context);
            return null;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body.GetBuffer(), 0, (int)body.Length);
        }
        catch (DecoderFallbackException)
        {
            await MatchingErrors.BadInputAsync(context, "The body is not UTF-8 text.");
            return null;
        }
    }

    private static bool IsJson(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (string.Equals(type.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
}
