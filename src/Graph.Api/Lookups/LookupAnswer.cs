using System.Security.Cryptography;
using System.Text;

namespace Graph.Api.Lookups;

/// <summary>A rendered answer of a journalists' surface, with the strong ETag of its bytes.</summary>
internal sealed record LookupAnswer(int Status, string ContentType, byte[] Body, string CacheControl)
{
    /// <summary>Changes exactly when the bytes change: the first 128 bits of their SHA-256, quoted.</summary>
    public string ETag { get; } = $"\"{Convert.ToBase64String(SHA256.HashData(Body), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";

    public static LookupAnswer Html(int status, string html, string cacheControl) =>
        new(status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), cacheControl);

    public static LookupAnswer Json(int status, byte[] json, string cacheControl) =>
        new(status, "application/json; charset=utf-8", json, cacheControl);
}
