using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// Records what is written to the console, where the service's log goes, while it still goes there too. The console
/// is the process's: capture only in tests that run alone.
/// </summary>
public sealed partial class ConsoleCapture : IDisposable
{
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly StringWriter _captured = new();

    public ConsoleCapture()
    {
        Console.SetOut(TextWriter.Synchronized(new Tee(_captured, _out)));
        Console.SetError(TextWriter.Synchronized(new Tee(_captured, _error)));
    }

    /// <summary>Every line written so far, without colour codes.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_captured) return AnsiEscape().Replace(_captured.ToString(), "").Split('\n');
        }
    }

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    private sealed class Tee(StringWriter captured, TextWriter original) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value)
        {
            lock (captured) captured.Write(value);
            original.Write(value);
        }

        public override void Write(string? value)
        {
            lock (captured) captured.Write(value);
            original.Write(value);
        }
    }
}
