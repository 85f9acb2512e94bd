using System.Text;

namespace Graph.Export.Tests.Neo4jAdmin;

/// <summary>A field as read, and whether it was quoted: neo4j-admin reads an empty unquoted field as no value.</summary>
internal sealed record CsvField(string Text, bool Quoted);

/// <summary>Reads CSV as RFC 4180 defines it: comma-separated, double quotes around fields, a doubled quote inside them, line breaks inside quotes.</summary>
internal static class Rfc4180
{
    public static List<List<CsvField>> Read(string text)
    {
        var records = new List<List<CsvField>>();
        var record = new List<CsvField>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("A quoted field is not closed.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    if (text[i] == '"') { i++; break; }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\n' or '\r')) throw new FormatException($"Text after a closing quote at offset {i}.");
                continue;
            }
            if (c == '"') throw new FormatException($"A quote inside an unquoted field at offset {i}.");
            if (c is ',' or '\n' or '\r')
            {
                record.Add(new CsvField(field.ToString(), quoted));
                field.Clear();
                quoted = false;
                if (c != ',')
                {
                    records.Add(record);
                    record = [];
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                }
                i++;
                continue;
            }
            field.Append(c);
            i++;
        }
        if (field.Length > 0 || quoted || record.Count > 0)
        {
            record.Add(new CsvField(field.ToString(), quoted));
            records.Add(record);
        }
        return records;
    }
}
