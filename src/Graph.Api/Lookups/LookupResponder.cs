using Graph.Domain.Store;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Lookups;

/// <summary>
/// Serves the journalists' surfaces: a rendered answer from the cache while the store is unchanged, else a fresh
/// one; with its ETag and Cache-Control, and a 304 without a body when the client already holds those bytes.
/// </summary>
internal sealed class LookupResponder(IGraphStore store, LookupAnswerCache cache, TimeProvider clock)
{
    /// <summary>
    /// Answers <paramref name="key"/>, which must name everything the answer depends on but the store and the day:
    /// an answer that is not pinned to a date says what is in force today, so the day is part of every key.
    /// </summary>
    public async Task ServeAsync(HttpContext context, string key, Func<CancellationToken, Task<LookupAnswer>> render)
    {
        var cancellationToken = context.RequestAborted;
        var stamp = await store.GetChangeStampAsync(cancellationToken);
        var dayKey = $"{key}|{clock.Today():yyyy-MM-dd}";
        if (!cache.TryGet(dayKey, stamp, out var answer))
        {
            answer = await render(cancellationToken);
            cache.Add(dayKey, stamp, answer);
        }
        await WriteAsync(context, answer);
    }

    /// <summary>Writes the answer, or a 304 when <c>If-None-Match</c> names its ETag.</summary>
    public static Task WriteAsync(HttpContext context, LookupAnswer answer)
    {
        var response = context.Response;
        response.Headers.ETag = answer.ETag;
        response.Headers.CacheControl = answer.CacheControl;
        if (answer.Status == StatusCodes.Status200OK && Matches(context.Request.Headers.IfNoneMatch.ToString(), answer.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        response.ContentLength = answer.Body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(answer.Body, context.RequestAborted).AsTask();
    }

    /// <summary>The weak comparison RFC 9110 asks of If-None-Match: any listed tag, W/ or not, or <c>*</c>.</summary>
    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (string.IsNullOrEmpty(ifNoneMatch)) return false;
        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)) return false;
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal));
    }
}
