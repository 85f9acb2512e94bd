using System.Text.Json;

namespace Graph.Import.Ftm;

/// <summary>
/// Reads one JSON line of UTF-8 into an <see cref="FtmRecord"/> with <see cref="Utf8JsonReader"/>, pooling the names
/// that repeat on every line. Not thread-safe: each parallel reader has its own. Wrong shapes become problems of the record; only broken JSON
/// ends the line early.
/// </summary>
internal sealed class FtmLineParser
{
    private readonly FtmStringPool _codes = new(maxLength: 128, maxCount: 1 << 14);
    private const int MaxSingles = 1 << 14;
    private readonly Dictionary<string, string[]> _singles = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly List<string> _propertyNames = [];
    private readonly List<string[]> _propertyValues = [];
    private List<FtmProblem>? _problems;
    // Titles, urls and publishers of the sources that lines of this graph's own export carry; made on the first.
    private FtmStringPool? _sourceTexts;

    /// <summary>Parses a trimmed, non-blank line of valid UTF-8.</summary>
    public FtmRecord Parse(ReadOnlySpan<byte> text, int line)
    {
        _problems = null;
        var reader = new Utf8JsonReader(text);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Failed(line, "(line)", "is not a JSON object; each line holds one FtM entity or one delta operation.");
            }
            var record = ReadLine(ref reader, line);
            reader.Read(); // throws when more follows the object: a line holds one value
            return record;
        }
        catch (JsonException e)
        {
            // The reader's own position suffix counts lines within the line; the byte position is what helps.
            var reason = e.Message.Split(" LineNumber:")[0];
            return Failed(line, "(json)", $"is not valid JSON at byte {e.BytePositionInLine + 1}: {reason}");
        }
        catch (InvalidOperationException e)
        {
            // Thrown when a string is read, not when it is scanned: an escape of half a surrogate pair ("\ud800") is
            // well-formed JSON text but no UTF-16 string. The token that failed starts where the reader stands.
            return Failed(line, "(json)", $"is not valid JSON at byte {reader.TokenStartIndex + 1}: {e.Message}");
        }
    }

    private FtmRecord ReadLine(ref Utf8JsonReader reader, int line)
    {
        Fields plain = default, inner = default;
        string? op = null;
        bool hasOp = false, hasEntity = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                hasOp = true;
                op = ReadString(ref reader, "", "op", _codes);
            }
            else if (reader.ValueTextEquals("entity"u8))
            {
                reader.Read();
                hasEntity = reader.TokenType == JsonTokenType.StartObject;
                if (!hasEntity)
                {
                    Problem("entity", "", "must be an object: the FtM entity of the delta operation.");
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName) ReadField(ref reader, "entity.", ref inner);
            }
            else
            {
                ReadField(ref reader, "", ref plain);
            }
        }
        if (!hasOp && !hasEntity) return Build(plain, null, "", line);
        if (!hasEntity)
        {
            Problem("entity", "", "is required on a delta line: the entity that the operation adds, changes or deletes.");
            return new FtmRecord { Line = line, Problems = _problems!, Unreadable = true };
        }
        if (!hasOp) Problem("op", "", "is required next to entity: ADD, MOD or DEL.");
        return Build(inner, op, "entity.", line);
    }

    private void ReadField(ref Utf8JsonReader reader, string prefix, ref Fields fields)
    {
        // A record's own id is not pooled: most ids appear once, and a pool of a million of them costs more than it saves.
        if (reader.ValueTextEquals("id"u8)) fields.Id = ReadString(ref reader, prefix, "id", null);
        else if (reader.ValueTextEquals("schema"u8)) fields.Schema = ReadString(ref reader, prefix, "schema", _codes);
        else if (reader.ValueTextEquals("properties"u8)) fields.Properties = ReadProperties(ref reader, prefix);
        else if (reader.ValueTextEquals("caption"u8)) fields.Caption = ReadString(ref reader, prefix, "caption", null);
        else if (reader.ValueTextEquals("datasets"u8)) fields.Datasets = ReadList(ref reader, prefix, "", "datasets", _codes);
        else if (reader.ValueTextEquals("first_seen"u8)) fields.FirstSeen = ReadString(ref reader, prefix, "first_seen", _codes);
        else if (reader.ValueTextEquals("last_seen"u8)) fields.LastSeen = ReadString(ref reader, prefix, "last_seen", _codes);
        else if (reader.ValueTextEquals("last_change"u8)) fields.LastChange = ReadString(ref reader, prefix, "last_change", _codes);
        else if (reader.ValueTextEquals("sources"u8)) fields.Sources = ReadSources(ref reader, prefix);
        else if (reader.ValueTextEquals("note"u8)) fields.Note = ReadString(ref reader, prefix, "note", null);
        else reader.Skip(); // referents, target and anything newer FtM adds
    }

    private FtmProperties? ReadProperties(ref Utf8JsonReader reader, string prefix)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(prefix, "properties", "must be an object whose values are lists of strings.");
            reader.Skip();
            return null;
        }
        _propertyNames.Clear();
        _propertyValues.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = _codes.Get(ref reader);
            var pool = FtmValuePools.Of(name) == FtmPooling.Code ? _codes : null;
            _propertyNames.Add(name);
            _propertyValues.Add(ReadList(ref reader, prefix, "properties.", name, pool));
        }
        return new FtmProperties([.. _propertyNames], [.. _propertyValues]);
    }

    private string[] ReadList(ref Utf8JsonReader reader, string prefix, string group, string name, FtmStringPool? pool)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Problem(prefix, group + name, "must be a list of strings, e.g. [\"value\"].");
            reader.Skip();
            return [];
        }
        _values.Clear();
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                _values.Add(pool is null ? reader.GetString()! : pool.Get(ref reader));
                continue;
            }
            Problem(prefix, $"{group}{name}[{i}]", $"must be a string, not {Describe(reader.TokenType)}.");
            reader.Skip();
        }
        return pool == _codes && _values.Count == 1 ? Single(_values[0]) : _values.ToArray();
    }

    /// <summary>The line's own sources, which <see cref="FtmWriter"/> writes; null when the value is null.</summary>
    private FtmSourceFields[]? ReadSources(ref Utf8JsonReader reader, string prefix)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Problem(prefix, "sources", "must be a list of sources, each an object with a title and optionally a url, publisher, publishedOn and quote.");
            reader.Skip();
            return [];
        }
        var sources = new List<FtmSourceFields>();
        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                sources.Add(ReadSource(ref reader, prefix, i));
                continue;
            }
            Problem(prefix, $"sources[{i}]", $"must be an object with a title, not {Describe(reader.TokenType)}.");
            reader.Skip();
            sources.Add(FtmSourceFields.Unreadable);
        }
        return [.. sources];
    }

    private FtmSourceFields ReadSource(ref Utf8JsonReader reader, string prefix, int index)
    {
        string? title = null, url = null, publisher = null, publishedOn = null, quote = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // A document is cited by many records: all but the quote are pooled.
            if (reader.ValueTextEquals("title"u8)) title = ReadSourceText(ref reader, prefix, index, "title", pooled: true);
            else if (reader.ValueTextEquals("url"u8)) url = ReadSourceText(ref reader, prefix, index, "url", pooled: true);
            else if (reader.ValueTextEquals("publisher"u8)) publisher = ReadSourceText(ref reader, prefix, index, "publisher", pooled: true);
            else if (reader.ValueTextEquals("publishedOn"u8)) publishedOn = ReadSourceText(ref reader, prefix, index, "publishedOn", pooled: true);
            else if (reader.ValueTextEquals("quote"u8)) quote = ReadSourceText(ref reader, prefix, index, "quote", pooled: false);
            else reader.Skip();
        }
        return new FtmSourceFields(title, url, publisher, publishedOn, quote);
    }

    private string? ReadSourceText(ref Utf8JsonReader reader, string prefix, int index, string member, bool pooled)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return pooled ? (_sourceTexts ??= new(maxLength: 256, maxCount: 1 << 16)).Get(ref reader) : reader.GetString();
            case JsonTokenType.Null: return null;
            default:
                Problem(prefix, $"sources[{index}].{member}", $"must be a string, not {Describe(reader.TokenType)}.");
                reader.Skip();
                return null;
        }
    }

    /// <summary>One shared list per code that stands alone, as ["ru"] or ["sanction"] do on most lines; lists are never changed.</summary>
    private string[] Single(string code)
    {
        if (_singles.TryGetValue(code, out var list)) return list;
        list = [code];
        if (_singles.Count < MaxSingles) _singles.Add(code, list);
        return list;
    }

    private string? ReadString(ref Utf8JsonReader reader, string prefix, string field, FtmStringPool? pool)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return pool is null ? reader.GetString() : pool.Get(ref reader);
            case JsonTokenType.Null: return null;
            default:
                Problem(prefix, field, $"must be a string, not {Describe(reader.TokenType)}.");
                reader.Skip();
                return null;
        }
    }

    private void Problem(string prefix, string field, string message) =>
        (_problems ??= []).Add(new FtmProblem(prefix + field, message));

    private FtmRecord Build(in Fields fields, string? op, string prefix, int line) => new()
    {
        Line = line,
        Op = op,
        FieldPrefix = prefix,
        Id = fields.Id,
        Schema = fields.Schema,
        Caption = fields.Caption,
        Datasets = fields.Datasets ?? [],
        FirstSeen = fields.FirstSeen,
        LastSeen = fields.LastSeen,
        LastChange = fields.LastChange,
        Sources = fields.Sources,
        Note = fields.Note,
        Properties = fields.Properties ?? FtmProperties.None,
        Problems = _problems ?? (IReadOnlyList<FtmProblem>)[],
    };

    private static FtmRecord Failed(int line, string field, string message) =>
        new() { Line = line, Problems = [new FtmProblem(field, message)], Unreadable = true };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "a list",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The fields of one entity object while it is being read.</summary>
    private struct Fields
    {
        public string? Id, Schema, Caption, FirstSeen, LastSeen, LastChange, Note;
        public string[]? Datasets;
        public FtmSourceFields[]? Sources;
        public FtmProperties? Properties;
    }
}
