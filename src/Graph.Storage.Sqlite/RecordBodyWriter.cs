using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Domain.Model;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Writes the JSON bodies that <see cref="RecordBodies"/> reads, as UTF-8 into one reused buffer: no string per
/// body, no reflection. Absent values and empty alias and programme lists are left out, which reads back the same.
/// Non-ASCII text is written as it is: bodies are read by this store, never embedded in HTML, and escaped
/// diacritics would make them a third longer.
/// </summary>
internal sealed class RecordBodyWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public RecordBodyWriter() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>The body of an entity, valid until the next call.</summary>
    public ReadOnlySpan<byte> Entity(Entity entity)
    {
        Start();
        NonEmptyList("aliases"u8, entity.Aliases);
        if (entity.Properties.Count > 0)
        {
            _json.WriteStartObject("properties"u8);
            foreach (var (name, values) in entity.Properties) List(name, values);
            _json.WriteEndObject();
        }
        Sources(entity.Sources);
        Text("note"u8, entity.Note);
        return End();
    }

    /// <summary>The body of a sanction, valid until the next call.</summary>
    public ReadOnlySpan<byte> Sanction(Sanction sanction)
    {
        Start();
        NonEmptyList("programs"u8, sanction.Programs);
        NonEmptyList("provisions"u8, sanction.Provisions);
        Date("listedOn"u8, sanction.ListedOn);
        Date("endedOn"u8, sanction.EndedOn);
        Text("reason"u8, sanction.Reason);
        Text("note"u8, sanction.Note);
        Sources(sanction.Sources);
        Text("dataset"u8, sanction.Dataset);
        Date("firstSeen"u8, sanction.FirstSeen);
        Date("lastSeen"u8, sanction.LastSeen);
        return End();
    }

    /// <summary>The body of a relationship, valid until the next call.</summary>
    public ReadOnlySpan<byte> Relationship(Relationship relationship)
    {
        Start();
        Text("role"u8, relationship.Role);
        Date("startDate"u8, relationship.StartDate);
        Date("endDate"u8, relationship.EndDate);
        Text("note"u8, relationship.Note);
        Sources(relationship.Sources);
        return End();
    }

    public void Dispose() => _json.Dispose();

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
    }

    private ReadOnlySpan<byte> End()
    {
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenSpan;
    }

    private void Sources(IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0) return;
        _json.WriteStartArray("sources"u8);
        foreach (var source in sources)
        {
            _json.WriteStartObject();
            _json.WriteString("title"u8, source.Title);
            Text("url"u8, source.Url);
            Text("publisher"u8, source.Publisher);
            Date("publishedOn"u8, source.PublishedOn);
            Text("quote"u8, source.Quote);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void NonEmptyList(ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        _json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) _json.WriteStringValue(values[i]);
        _json.WriteEndArray();
    }

    private void List(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) _json.WriteStringValue(values[i]);
        _json.WriteEndArray();
    }

    private void Text(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null) _json.WriteString(name, value);
    }

    private void Date(ReadOnlySpan<byte> name, PartialDate? value)
    {
        if (value is { } date) _json.WriteString(name, date.ToString());
    }
}
