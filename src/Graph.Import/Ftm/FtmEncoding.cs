using System.Buffers;
using System.Text;

namespace Graph.Import.Ftm;

/// <summary>Where UTF-8 text stops being UTF-8.</summary>
internal static class FtmEncoding
{
    /// <summary>The first byte that starts no valid UTF-8 sequence, with its offset; null for valid text.</summary>
    public static (int Offset, byte Value)? FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        for (var offset = 0; offset < text.Length;)
        {
            if (Rune.DecodeFromUtf8(text[offset..], out _, out var length) != OperationStatus.Done) return (offset, text[offset]);
            offset += length;
        }
        return null;
    }
}
