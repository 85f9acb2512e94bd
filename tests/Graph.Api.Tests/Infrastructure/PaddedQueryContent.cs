using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// A GraphQL JSON body of an exact size, a valid query padded with a comment, written in chunks as it is sent so that
/// the client holds no copy of it: the heap the tests measure is the server's.
/// </summary>
public sealed class PaddedQueryContent : HttpContent
{
    private static readonly byte[] Start = Encoding.UTF8.GetBytes("{\"query\":\"{ statistics { entities } } #");
    private static readonly byte[] End = Encoding.UTF8.GetBytes("\"}");
    private static readonly byte[] Padding = Enumerable.Repeat((byte)'x', 64 * 1024).ToArray();
    private readonly long _bytes;

    public PaddedQueryContent(long bytes)
    {
        if (bytes < Start.Length + End.Length) throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "The body cannot be smaller than the query it pads.");
        _bytes = bytes;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Start);
        for (var left = _bytes - Start.Length - End.Length; left > 0; left -= Padding.Length)
        {
            await stream.WriteAsync(Padding.AsMemory(0, (int)Math.Min(left, Padding.Length)));
        }
        await stream.WriteAsync(End);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes;
        return true;
    }
}
