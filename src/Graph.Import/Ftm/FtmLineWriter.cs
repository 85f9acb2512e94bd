using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>Writes one record per line as an FtM JSON object, reusing one buffer for every line.</summary>
internal sealed class FtmLineWriter(TextWriter output) : IDisposable
{
    // Non-Latin names stay readable in the export; the output is never embedded in HTML, where the relaxed
    // encoder would be unsafe. Quotes, backslashes and control characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json = new(Stream.Null, Options);
    private char[] _chars = new char[16 * 1024];

    public void Entity(Entity entity, IReadOnlyList<Relationship> involvements)
    {
        Start(entity.Id, FtmSchemata.SchemaOf(entity.Kind));
        _json.WriteString("caption", entity.Name);
        _json.WriteStartObject("properties");
        List("name", [entity.Name]);
        List("alias", entity.Aliases);
        foreach (var (name, values) in entity.Properties)
        {
            // Names are written from the fields above; participants from the involvement edges below.
            if (name is "name" or "alias" or "involved" or "organizer") continue;
            List(name, values);
        }
        foreach (var role in (string[])["involved", "organizer"])
        {
            List(role, [.. involvements.Where(r => r.Role == role).Select(r => r.FromId)]);
        }
        _json.WriteEndObject();
        Provenance(entity.Sources, entity.Note);
        End();
    }

    public void Relationship(Relationship relationship)
    {
        var edge = FtmSchemata.EdgeOf(relationship.Type);
        Start(relationship.Id, edge.Schema);
        _json.WriteStartObject("properties");
        List(edge.From, [relationship.FromId]);
        List(edge.To, [relationship.ToId]);
        if (edge.RoleProperty is not null) Value(edge.RoleProperty, relationship.Role);
        Value("startDate", relationship.StartDate?.ToString());
        Value("endDate", relationship.EndDate?.ToString());
        if (edge.Type != relationship.Type) Value(FtmSchemata.RelationshipTypeProperty, relationship.Type);
        _json.WriteEndObject();
        Provenance(relationship.Sources, relationship.Note);
        End();
    }

    public void Sanction(Sanction sanction, string authorityName)
    {
        Start(sanction.Id, FtmSchemata.Sanction);
        _json.WriteStartObject("properties");
        List("entity", [sanction.TargetId]);
        List("authority", [authorityName]);
        List("program", sanction.Programs);
        List("provisions", sanction.Provisions);
        Value("listingDate", sanction.ListedOn?.ToString());
        Value("endDate", sanction.EndedOn?.ToString());
        Value("reason", sanction.Reason);
        _json.WriteEndObject();
        if (sanction.Dataset is not null)
        {
            _json.WriteStartArray("datasets");
            _json.WriteStringValue(sanction.Dataset);
            _json.WriteEndArray();
        }
        if (sanction.FirstSeen is { } firstSeen) _json.WriteString("first_seen", firstSeen.ToString());
        if (sanction.LastSeen is { } lastSeen) _json.WriteString("last_seen", lastSeen.ToString());
        Provenance(sanction.Sources, sanction.Note);
        End();
    }

    public void Dispose() => _json.Dispose();

    private void Start(string id, string schema)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("id", id);
        _json.WriteString("schema", schema);
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
        var bytes = _buffer.WrittenSpan;
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        var length = Encoding.UTF8.GetChars(bytes, _chars);
        output.Write(_chars, 0, length);
        output.Write('\n');
    }

    /// <summary>
    /// The graph's sources and note, which FtM has no fields for, as top-level keys that FtM tools pass over. The
    /// sources are written even when there are none, so that the reader does not cite the file and line instead.
    /// </summary>
    private void Provenance(IReadOnlyList<Source> sources, string? note)
    {
        _json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            _json.WriteStartObject();
            _json.WriteString("title", source.Title);
            if (source.Url is not null) _json.WriteString("url", source.Url);
            if (source.Publisher is not null) _json.WriteString("publisher", source.Publisher);
            if (source.PublishedOn is { } publishedOn) _json.WriteString("publishedOn", publishedOn.ToString());
            if (source.Quote is not null) _json.WriteString("quote", source.Quote);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        if (note is not null) _json.WriteString("note", note);
    }

    private void Value(string name, string? value)
    {
        if (value is not null) List(name, [value]);
    }

    private void List(string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        _json.WriteStartArray(name);
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }
}
