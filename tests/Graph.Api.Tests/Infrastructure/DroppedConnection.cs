using System.Net.Sockets;
using System.Text;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>What no HttpClient does: bytes written straight to a socket, then the connection reset mid-request.</summary>
public static class DroppedConnection
{
    /// <summary>Writes <paramref name="request"/> as it is, waits <paramref name="pause"/>, then resets the connection without reading a byte.</summary>
    public static async Task SendAndAbortAsync(Uri server, string request, TimeSpan pause)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await tcp.GetStream().WriteAsync(Encoding.UTF8.GetBytes(request));
        await Task.Delay(pause);
        // A linger of zero makes the close a reset, as a client that crashed or lost its network would.
        tcp.Client.LingerState = new LingerOption(enable: true, seconds: 0);
        tcp.Client.Close();
    }

    /// <summary>The head of a POST to <paramref name="path"/> announcing <paramref name="contentLength"/> bytes of JSON, followed by <paramref name="body"/>.</summary>
    public static string Post(string path, long contentLength, string body) =>
        $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n{body}";
}
