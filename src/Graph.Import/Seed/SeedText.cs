using System.Text;
using System.Text.Unicode;

namespace Graph.Import.Seed;

/// <summary>
/// The text of a seed file, checked before YAML sees it: a StreamReader would put U+FFFD in the place of invalid
/// UTF-8, and the graph would hold a name written wrong. Each line that is not valid text is a rejected record.
/// </summary>
internal static class SeedText
{
    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n"];

    /// <summary>The file's text, or null when it is not valid UTF-8 (or UTF-16 by its byte order mark); the lines go to <paramref name="errors"/>.</summary>
    public static TextReader? Open(string path, string name, List<ImportError> errors)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return Checked(Ftm.FtmUtf16File.Decode(bytes), name, errors);
        }
        var text = bytes.AsSpan(bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0);
        if (Utf8.IsValid(text)) return new StringReader(Encoding.UTF8.GetString(text));
        var rest = text;
        for (var line = 1; ; line++)
        {
            var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            if (!Utf8.IsValid(end < 0 ? rest : rest[..end])) errors.Add(Invalid(name, line, "is not valid UTF-8. Save the file as UTF-8; nothing of it was read."));
            if (end < 0) return null;
            rest = rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
        }
    }

    /// <summary>The text, or null when it holds an unpaired surrogate, which is no character and no file can encode.</summary>
    public static TextReader? Checked(string text, string name, List<ImportError> errors)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return new StringReader(text);
        var lines = text.Split(LineBreaks, StringSplitOptions.None);
        var before = errors.Count;
        for (var i = 0; i < lines.Length; i++)
        {
            if (HasLoneSurrogate(lines[i])) errors.Add(Invalid(name, i + 1, "holds an unpaired surrogate, which is no character; nothing of the text was read."));
        }
        return errors.Count == before ? new StringReader(text) : null;
    }

    private static bool HasLoneSurrogate(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) i++;
            else if (char.IsSurrogate(line[i])) return true;
        }
        return false;
    }

    private static ImportError Invalid(string name, int line, string message) => new(name, line, "(encoding)", message);
}
