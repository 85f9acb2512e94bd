using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Graph.Import.Ftm;

/// <summary>
/// A UTF-16 file (by its byte order mark) read as its code units, without decoding: a StreamReader would put U+FFFD in
/// the place of an unpaired surrogate, where <see cref="FtmTextStream"/> (and the seed reader's text check) lets its line
/// be rejected. Such files are rare
/// and small next to what their records take, so the text is read whole.
/// </summary>
internal static class FtmUtf16File
{
    public static async Task<string> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The code units of UTF-16 bytes after their byte order mark, unpaired surrogates kept as they are.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var bigEndian = bytes is [0xFE, 0xFF, ..];
        var units = MemoryMarshal.Cast<byte, char>(bytes[2..]);
        var text = new char[units.Length + (bytes.Length % 2)];
        units.CopyTo(text);
        if (bigEndian != !BitConverter.IsLittleEndian)
        {
            var raw = MemoryMarshal.Cast<char, ushort>(text.AsSpan(0, units.Length));
            BinaryPrimitives.ReverseEndianness(raw, raw);
        }
        // A byte left over is half a code unit: a lone surrogate stands for it, so that its line is rejected too.
        if (bytes.Length % 2 == 1) text[^1] = '\uDC00';
        return new string(text);
    }
}
