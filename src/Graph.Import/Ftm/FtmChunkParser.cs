using System.Buffers;
using System.Text;
using System.Text.Unicode;
using FluentValidation.Results;

namespace Graph.Import.Ftm;

/// <summary>
/// Parses, validates and maps the lines of one <see cref="FtmChunk"/> into a <see cref="ParsedInput"/> of its own,
/// which the reader appends to the others in the order of the file. A bad line is reported by file, line and field.
/// Not thread-safe: each parallel reader has its own, with its own pools of strings.
/// </summary>
internal sealed class FtmChunkParser(string fileName)
{
    private static readonly ValidationFailure[] NoFailures = [];
    private readonly FtmLineParser _parser = new();

    public ParsedInput Parse(FtmChunk chunk)
    {
        var parsed = new ParsedInput();
        var mapper = new FtmMapper(parsed, fileName);
        // Checked once for the whole chunk; only a chunk that fails is checked line by line.
        var valid = Utf8.IsValid(chunk.Text);
        foreach (var line in chunk.Lines()) Accept(parsed, mapper, line.Text, line.Number, valid);
        return parsed;
    }

    private void Accept(ParsedInput parsed, FtmMapper mapper, ReadOnlySpan<byte> line, int number, bool valid)
    {
        var text = Trim(line);
        if (text.IsEmpty) return;
        if (!valid && FtmEncoding.FirstInvalidByte(text) is { } bad)
        {
            // Decoding would put U+FFFD in the place of what the file meant: a name written wrong, silently.
            Reject(parsed, number, "(encoding)", $"is not valid UTF-8: byte {bad.Offset + 1} (0x{bad.Value:X2}) is no part of a character. Save the file as UTF-8; nothing of this line was read.");
            return;
        }
        var record = _parser.Parse(text, number);
        foreach (var problem in record.Problems) Reject(parsed, number, problem.Field, problem.Message);
        if (record.Unreadable) return;
        var rejected = record.Problems.Count > 0;
        // A schema the graph does not model is only counted, so its rules do not matter. Most records pass every
        // rule; only the others are validated again by FluentValidation, for the messages.
        var validator = FtmValidators.For(record);
        IReadOnlyList<ValidationFailure> failures = validator is null || validator.Passes(record) ? NoFailures : validator.Validate(record).Errors;
        foreach (var failure in failures)
        {
            var field = failure.PropertyName == "op" ? "op" : record.FieldPrefix + failure.PropertyName;
            // A value of the wrong shape was read as absent; that it is missing as well goes without saying.
            if (!IsReported(record, field)) Reject(parsed, number, field, failure.ErrorMessage);
            rejected = true;
        }
        if (!rejected) mapper.Map(record);
    }

    /// <summary>What <c>line.Trim().TrimStart('\uFEFF')</c> leaves of the line: a byte order mark survives where no StreamReader decoded the text.</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        while (!line.IsEmpty && Rune.DecodeFromUtf8(line, out var rune, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            line = line[length..];
        }
        while (!line.IsEmpty && Rune.DecodeLastFromUtf8(line, out var rune, out var length) == OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            line = line[..^length];
        }
        while (line.StartsWith("\uFEFF"u8)) line = line[3..];
        return line;
    }

    private void Reject(ParsedInput parsed, int line, string field, string message) =>
        parsed.Rejected.Add(new ImportError(fileName, line, field, message));

    /// <summary>True when the parser already reported this field, a part of it or the object that holds it.</summary>
    private static bool IsReported(FtmRecord record, string field)
    {
        foreach (var problem in record.Problems)
        {
            if (Within(problem.Field, field) || Within(field, problem.Field)) return true;
        }
        return false;
    }

    private static bool Within(string path, string outer) =>
        path.StartsWith(outer, StringComparison.Ordinal) && (path.Length == outer.Length || path[outer.Length] is '.' or '[');
}
