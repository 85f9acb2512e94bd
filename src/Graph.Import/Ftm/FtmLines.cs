using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.Import.Ftm;

/// <summary>
/// Splits a text into lines as <see cref="TextReader.ReadLine"/> does ("\n", "\r" or "\r\n"), awaiting once per
/// block of text instead of once per line: a million awaited ReadLineAsync calls cost more than the parsing.
/// </summary>
internal static class FtmLines
{
    public static async IAsyncEnumerable<string> ReadAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken, int blockSize = 64 * 1024)
    {
        var buffer = new char[blockSize];
        int start = 0, end = 0;
        var skipLineFeed = false; // a block ended between the "\r" and the "\n" of one line break
        StringBuilder? longLine = null;
        while (true)
        {
            if (start == end)
            {
                start = end = 0;
            }
            else if (end == buffer.Length)
            {
                // The unfinished line fills the rest of the block: move it to the front, or aside when it fills it all.
                if (start > 0)
                {
                    Array.Copy(buffer, start, buffer, 0, end - start);
                    (end, start) = (end - start, 0);
                }
                else
                {
                    (longLine ??= new StringBuilder()).Append(buffer, 0, end);
                    start = end = 0;
                }
            }
            var read = await reader.ReadAsync(buffer.AsMemory(end), cancellationToken);
            if (read == 0) break;
            end += read;
            if (skipLineFeed && buffer[start] == '\n') start++;
            skipLineFeed = false;
            int length;
            while ((length = buffer.AsSpan(start, end - start).IndexOfAny('\r', '\n')) >= 0)
            {
                var line = Take(buffer, start, length, ref longLine);
                start += length + 1;
                if (buffer[start - 1] == '\r')
                {
                    if (start == end) skipLineFeed = true;
                    else if (buffer[start] == '\n') start++;
                }
                yield return line;
            }
        }
        if (start < end || longLine is not null) yield return Take(buffer, start, end - start, ref longLine);
    }

    private static string Take(char[] buffer, int start, int length, ref StringBuilder? longLine)
    {
        if (longLine is null) return new string(buffer, start, length);
        var line = longLine.Append(buffer, start, length).ToString();
        longLine = null;
        return line;
    }
}
