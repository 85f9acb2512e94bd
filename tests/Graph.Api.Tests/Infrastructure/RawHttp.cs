using System.Net.Sockets;
using System.Text;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not do: send a body slowly in chunks and stop halfway,
/// declare a length and never send it, or leave with a reset in the middle of a request.
/// </summary>
public sealed class RawHttp : IDisposable
{
    private readonly TcpClient _tcp = new() { NoDelay = true };
    private NetworkStream? _stream;

    public static async Task<RawHttp> ConnectAsync(Uri baseAddress)
    {
        var raw = new RawHttp();
        await raw._tcp.ConnectAsync(baseAddress.Host, baseAddress.Port);
        raw._stream = raw._tcp.GetStream();
        return raw;
    }

    /// <summary>Sends the request line and headers; each header is "Name: value".</summary>
    public Task SendHeadAsync(string method, string target, params string[] headers) =>
        SendAsync(Encoding.ASCII.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n"));

    /// <summary>Sends one chunk of a chunked body.</summary>
    public Task SendChunkAsync(byte[] data) =>
        SendAsync([.. Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"), .. data, .. "\r\n"u8.ToArray()]);

    public async Task SendAsync(byte[] data)
    {
        await _stream!.WriteAsync(data);
        await _stream.FlushAsync();
    }

    /// <summary>Reads until the server closes or the headers and a Content-Length body (or the first chunk) are in; returns the status and the text.</summary>
    public async Task<(int Status, string Text)> ReadResponseAsync(TimeSpan timeout)
    {
        using var stop = new CancellationTokenSource(timeout);
        var text = new StringBuilder();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await _stream!.ReadAsync(buffer, stop.Token);
            }
            catch (IOException) when (text.Length > 0)
            {
                break;
            }
            if (read == 0) break;
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (IsComplete(text.ToString())) break;
        }
        var all = text.ToString();
        var status = all.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(all.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (status, all);
    }

    /// <summary>Leaves at once with a TCP reset, as a client that crashed or was killed.</summary>
    public void Reset()
    {
        _tcp.Client.LingerState = new LingerOption(true, 0);
        _tcp.Client.Close();
    }

    public void Dispose()
    {
        _stream?.Dispose();
        _tcp.Dispose();
    }

    private static bool IsComplete(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var head = text[..end];
        var length = head.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null) return Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
