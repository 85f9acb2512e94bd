using System.Globalization;

namespace Graph.Export.Tests.Neo4jAdmin;

/// <summary>A row of a neo4j-admin file read back as neo4j-admin would: ids, labels or type, and typed properties.</summary>
internal sealed record AdminRow(IReadOnlyList<string> Keys, IReadOnlyDictionary<string, object?> Properties);

/// <summary>Reads a neo4j-admin CSV file by its header: <c>:ID</c>, <c>:LABEL</c>, <c>:START_ID</c>… columns and typed properties.</summary>
internal sealed class AdminCsv
{
    private const char ArrayDelimiter = '\u001F';

    public required IReadOnlyList<string> Header { get; init; }

    public required IReadOnlyList<AdminRow> Rows { get; init; }

    public static AdminCsv Read(string path)
    {
        var records = Rfc4180.Read(File.ReadAllText(path));
        var header = records[0].Select(f => f.Text).ToList();
        var rows = records.Skip(1).Select(record =>
        {
            Assert.Equal(header.Count, record.Count);
            var keys = new List<string>();
            var properties = new Dictionary<string, object?>();
            foreach (var (name, field) in header.Zip(record))
            {
                var (key, type) = Split(name);
                if (type.StartsWith("ID(", StringComparison.Ordinal) && key.Length > 0) properties[key] = field.Text;
                if (key.Length == 0 || type.StartsWith("ID(", StringComparison.Ordinal))
                {
                    keys.Add(field.Text);
                    continue;
                }
                if (field.Text.Length == 0 && !field.Quoted) continue;
                properties[key] = Value(field.Text, type);
            }
            return new AdminRow(keys, properties);
        }).ToList();
        return new AdminCsv { Header = header, Rows = rows };
    }

    private static (string Key, string Type) Split(string name)
    {
        var colon = name.LastIndexOf(':');
        return (name[..colon], name[(colon + 1)..]);
    }

    private static object Value(string text, string type) => type switch
    {
        "string" => text,
        "long" => long.Parse(text, CultureInfo.InvariantCulture),
        "double" => double.Parse(text, CultureInfo.InvariantCulture),
        "boolean" => bool.Parse(text),
        "string[]" => text.Split(ArrayDelimiter),
        _ => throw new FormatException($"No reader for the type {type}."),
    };
}
