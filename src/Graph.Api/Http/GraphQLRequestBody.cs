using System.Buffers;

namespace Graph.Api.Http;

/// <summary>
/// Reads a POST body up to a limit, chunk by chunk, so that a body over the limit costs at most the limit: a
/// declared Content-Length over it is refused before a byte is read, and a chunked or slow body is cut off as
/// soon as it passes it.
/// </summary>
internal static class GraphQLRequestBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, positioned at its start; null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        var body = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkBytes, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                {
                    await body.DisposeAsync();
                    return null;
                }
                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        body.Position = 0;
        return body;
    }
}
