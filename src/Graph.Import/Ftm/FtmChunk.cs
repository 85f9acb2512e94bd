using System.Buffers;

namespace Graph.Import.Ftm;

/// <summary>
/// Whole lines of UTF-8 text cut from an input, with the number of the first, so that chunks parse in parallel and
/// their errors still name their lines. The buffer is rented; <see cref="Return"/> gives it back once parsed.
/// </summary>
internal sealed class FtmChunk(byte[] buffer, int offset, int length, int firstLine)
{
    public int FirstLine { get; } = firstLine;

    public ReadOnlySpan<byte> Text => buffer.AsSpan(offset, length);

    /// <summary>The lines as <see cref="TextReader.ReadLine"/> splits them ("\n", "\r" or "\r\n"), numbered.</summary>
    public LineEnumerator Lines() => new(Text, FirstLine);

    public void Return() => ArrayPool<byte>.Shared.Return(buffer);

    /// <summary>One line, without its line break.</summary>
    public readonly ref struct Line(ReadOnlySpan<byte> text, int number)
    {
        public ReadOnlySpan<byte> Text { get; } = text;

        public int Number { get; } = number;
    }

    public ref struct LineEnumerator(ReadOnlySpan<byte> rest, int number)
    {
        private ReadOnlySpan<byte> _rest = rest;
        private int _number = number - 1;
        private bool _done = rest.IsEmpty;

        public Line Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_done) return false;
            var end = _rest.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                Current = new Line(_rest, ++_number);
                _done = true;
                return true;
            }
            Current = new Line(_rest[..end], ++_number);
            var next = end + (_rest[end] == '\r' && end + 1 < _rest.Length && _rest[end + 1] == '\n' ? 2 : 1);
            _rest = _rest[next..];
            _done = _rest.IsEmpty;
            return true;
        }
    }
}
