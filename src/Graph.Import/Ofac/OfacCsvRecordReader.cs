using System.Buffers;
using System.Text;

namespace Graph.Import.Ofac;

/// <summary>
/// Splits OFAC's legacy CSV into records: no header, CRLF or LF, double-quoted fields with doubled quotes inside,
/// "-0- " for an empty value and a Ctrl-Z on the last line. It never throws on bad text: whatever it cannot read
/// becomes an <see cref="ImportError"/> and reading goes on at the next line.
/// </summary>
internal sealed class OfacCsvRecordReader
{
    private const char ControlZ = '\u001A';
    private const string EmptyMarker = "-0-";
    private static readonly SearchValues<char> FieldEnds = SearchValues.Create(",\r\n");

    private readonly string _file;
    private readonly string _text;
    private readonly int _length;
    private readonly IReadOnlyList<string> _columns;
    private readonly List<ImportError> _errors;
    private int _position;
    private int _line = 1;

    private OfacCsvRecordReader(OfacCsvFile file, IReadOnlyList<string> columns, List<ImportError> errors)
    {
        _errors = errors;
        _file = file.Name;
        _text = file.Reader.ReadToEnd();
        _length = _text.AsSpan().TrimEnd(ControlZ).Length;
        _columns = columns;
    }

    /// <summary>Every record of <paramref name="file"/>; what cannot be read is added to <paramref name="errors"/>.</summary>
    public static List<OfacCsvRecord> ReadAll(OfacCsvFile file, IReadOnlyList<string> columns, List<ImportError> errors)
    {
        var reader = new OfacCsvRecordReader(file, columns, errors);
        var records = new List<OfacCsvRecord>();
        while (reader._position < reader._length)
        {
            if (reader.SkipBlankLine()) continue;
            if (reader.ReadRecord() is { } record) records.Add(record);
        }
        return records;
    }

    private bool SkipBlankLine()
    {
        var first = _text[_position];
        if (first != ControlZ && !char.IsWhiteSpace(first)) return false;
        var end = EndOfLine(_position);
        foreach (var c in _text.AsSpan(_position, end - _position))
        {
            if (c != ControlZ && !char.IsWhiteSpace(c)) return false;
        }
        MoveToNextLine(end);
        return true;
    }

    /// <summary>Reads the record at the current position; when a quoted field is never closed, reports it and skips one line.</summary>
    private OfacCsvRecord? ReadRecord()
    {
        var start = _position;
        var startLine = _line;
        var fields = new List<string?>(_columns.Count);
        var i = start;
        while (true)
        {
            string? value;
            if (i < _length && _text[i] == '"')
            {
                if (!TryReadQuoted(ref i, out value))
                {
                    _errors.Add(new ImportError(_file, startLine, ColumnName(fields.Count),
                        "a quoted field opens on this line and is never closed; the record is skipped."));
                    MoveToNextLine(EndOfLine(start));
                    return null;
                }
            }
            else value = ReadUnquoted(ref i);
            fields.Add(value);
            if (i < _length && _text[i] == ',')
            {
                i++;
                continue;
            }
            break;
        }
        var record = new OfacCsvRecord(_file, startLine, _text[start..i], fields);
        MoveToNextLine(i);
        return record;
    }

    private string ColumnName(int index) => index < _columns.Count ? _columns[index] : $"field {index + 1}";

    /// <summary>Reads a quoted field from its opening quote; a doubled quote inside stands for one quote.</summary>
    private bool TryReadQuoted(ref int i, out string? value)
    {
        StringBuilder? builder = null;
        var segment = i + 1;
        while (true)
        {
            var close = _text.IndexOf('"', segment, _length - segment);
            if (close < 0)
            {
                value = null;
                return false;
            }
            if (close + 1 < _length && _text[close + 1] == '"')
            {
                (builder ??= new StringBuilder()).Append(_text, segment, close + 1 - segment);
                segment = close + 2;
                continue;
            }
            var last = _text.AsSpan(segment, close - segment);
            var text = builder is null ? last : builder.Append(last).ToString().AsSpan();
            _line += CountLineBreaks(_text.AsSpan(i, close - i));
            i = close + 1;
            // Text between the closing quote and the next comma is malformed; keep it rather than lose it.
            value = ReadUnquoted(ref i) is { } rest ? Clean(string.Concat(text, rest)) : Clean(text);
            return true;
        }
    }

    private string? ReadUnquoted(ref int i)
    {
        var offset = _text.AsSpan(i, _length - i).IndexOfAny(FieldEnds);
        var end = offset < 0 ? _length : i + offset;
        var value = Clean(_text.AsSpan(i, end - i));
        i = end;
        return value;
    }

    /// <summary>The trimmed value, or null for nothing and for OFAC's empty marker "-0- ".</summary>
    private static string? Clean(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        return trimmed.IsEmpty || trimmed.SequenceEqual(EmptyMarker) ? null : trimmed.ToString();
    }

    private int EndOfLine(int from)
    {
        var offset = _text.AsSpan(from, _length - from).IndexOfAny('\r', '\n');
        return offset < 0 ? _length : from + offset;
    }

    /// <summary>Moves past the line break at <paramref name="end"/> (CRLF, LF or a lone CR).</summary>
    private void MoveToNextLine(int end)
    {
        _position = end;
        if (_position < _length && _text[_position] == '\r') _position++;
        if (_position < _length && _text[_position] == '\n') _position++;
        if (_position > end) _line++;
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        var count = text.Count('\n');
        return count + text.Count('\r') - text.Count("\r\n");
    }
}
