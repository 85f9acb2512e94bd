using System.Net;
using System.Text;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>A body sent in pieces with a pause between them: an upload over a slow line.</summary>
public sealed class TrickledContent(IReadOnlyList<string> pieces, TimeSpan pause) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        foreach (var piece in pieces)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(piece));
            await stream.FlushAsync();
            await Task.Delay(pause);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = pieces.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        return true;
    }
}
