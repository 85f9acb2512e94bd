using System.Net;

namespace Graph.Api.Tests.Imports;

/// <summary>
/// An FtM upload whose body arrives in two parts: first 32 MB of blank lines, more than every buffer between client
/// and server holds, so that sending them completes only once the endpoint reads the body, which it does only after it
/// took the import gate; then one line, once <see cref="Release"/> is called. Between the two the gate is held.
/// </summary>
internal sealed class HeldUpload : HttpContent
{
    private const int Padding = 32 * 1024 * 1024;
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _line;

    public HeldUpload(string line) => _line = line;

    /// <summary>Completes when the server has taken in the padding: it then holds the gate.</summary>
    public Task Holding => _sent.Task;

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var blank = new byte[1024 * 1024];
        Array.Fill(blank, (byte)'\n');
        for (var sent = 0; sent < Padding; sent += blank.Length) await stream.WriteAsync(blank);
        await stream.FlushAsync();
        _sent.TrySetResult();
        await _released.Task;
        await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(_line + "\n"));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
