using Graph.Import.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Import.Seed;

/// <summary>
/// Reads the fields of one YAML mapping, noting the line of each and reporting unknown keys and values of
/// the wrong shape as errors rather than throwing, so one pass reports every problem of a file.
/// </summary>
internal sealed class YamlRecordReader
{
    private readonly YamlMappingNode _node;
    private readonly string _prefix;
    private readonly Dictionary<string, int> _lines;
    private readonly List<ImportError> _errors;
    private readonly bool _isFile;

    /// <summary>A reader for a file's root mapping: each record in its sections gets its own field paths and lines.</summary>
    public YamlRecordReader(string file, YamlMappingNode node, IReadOnlySet<string> fields, List<ImportError> errors)
        : this(file, node, "", fields, [], errors) => _isFile = true;

    private YamlRecordReader(string file, YamlMappingNode node, string prefix, IReadOnlySet<string> fields, Dictionary<string, int> lines, List<ImportError> errors)
    {
        File = file;
        _node = node;
        _prefix = prefix;
        _lines = lines;
        _errors = errors;
        foreach (var key in node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && fields.Contains(name)) continue;
            Error(key, Path(key.ToString()), $"unknown field; expected one of: {string.Join(", ", fields.Order(StringComparer.Ordinal))}.");
        }
    }

    public string File { get; }

    public RecordOrigin Origin => new(File, LineOf(_node), _lines);

    public string? Scalar(string key)
    {
        if (Value(key) is not { } value) return null;
        if (value is YamlScalarNode scalar) return NullOrText(scalar);
        Error(value, Path(key), "must be a single value, not a list or a mapping.");
        return null;
    }

    public IReadOnlyList<string> List(string key) => Value(key) is { } value ? Strings(value, Path(key)) : [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Map(string key)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Value(key) is not { } value) return result;
        if (value is not YamlMappingNode mapping)
        {
            Error(value, Path(key), "must be a mapping of names to lists of values.");
            return result;
        }
        foreach (var (name, values) in mapping.Children)
        {
            var path = $"{Path(key)}.{name}";
            _lines[path] = LineOf(values);
            result[name.ToString()] = Strings(values, path);
        }
        return result;
    }

    public IReadOnlyList<YamlRecordReader> Records(string key, IReadOnlySet<string> fields)
    {
        if (Value(key) is not { } value) return [];
        if (value is not YamlSequenceNode sequence)
        {
            Error(value, Path(key), "must be a list of mappings.");
            return [];
        }
        var records = new List<YamlRecordReader>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"{Path(key)}[{i}]";
            _lines[path] = LineOf(sequence.Children[i]);
            if (sequence.Children[i] is YamlMappingNode item)
            {
                records.Add(_isFile
                    ? new YamlRecordReader(File, item, "", fields, [], _errors)
                    : new YamlRecordReader(File, item, path, fields, _lines, _errors));
            }
            else Error(sequence.Children[i], path, "must be a mapping.");
        }
        return records;
    }

    public void Error(string field, string message) => _errors.Add(new ImportError(File, Origin.LineOf(field), field, message));

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    private YamlNode? Value(string key)
    {
        if (!_node.Children.TryGetValue(new YamlScalarNode(key), out var value)) return null;
        _lines[Path(key)] = LineOf(value);
        return value is YamlScalarNode scalar && NullOrText(scalar) is null ? null : value;
    }

    private List<string> Strings(YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar) return NullOrText(scalar) is { } single ? [single] : [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, path, "must be a list of values.");
            return [];
        }
        var values = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode item && NullOrText(item) is { } text) values.Add(text);
            else Error(sequence.Children[i], $"{path}[{i}]", "must be a single non-empty value.");
        }
        return values;
    }

    private string Path(string key) => _prefix.Length == 0 ? key : $"{_prefix}.{key}";

    private void Error(YamlNode node, string path, string message) => _errors.Add(new ImportError(File, LineOf(node), path, message));

    private static string? NullOrText(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;
}
