using System.Text;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Export.Neo4jAdmin;

/// <summary>
/// One CSV file of a neo4j-admin import, written beside its final name and moved into place when complete: a node
/// file (<c>id:ID(Entity),:LABEL,…</c>) or a relationship file (<c>:START_ID(Sanction),:END_ID(Entity),:TYPE,…</c>),
/// each followed by typed property columns. A record with a property its header lacks is refused, not dropped.
/// </summary>
internal sealed class CsvTable : IAsyncDisposable
{
    private const string IdKey = "id";

    private readonly string _path;
    private readonly string _temporary;
    private readonly StreamWriter _writer;
    private readonly List<CsvColumn> _columns;
    private readonly HashSet<string> _known;
    private readonly bool _nodes;
    private readonly StringBuilder _row = new(1024);
    private bool _complete;

    private CsvTable(string path, bool nodes, IEnumerable<string> fixedHeaders, List<CsvColumn> columns)
    {
        _path = path;
        _temporary = path + ".partial";
        _nodes = nodes;
        _columns = columns;
        _known = [.. columns.Select(c => c.Key)];
        if (nodes) _known.Add(IdKey);
        _writer = new StreamWriter(_temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        _writer.Write(string.Join(',', fixedHeaders.Concat(columns.Select(c => c.Header))));
        _writer.Write('\n');
    }

    public string FileName => Path.GetFileName(_path);

    /// <summary>A node file whose ids live in the id space <paramref name="idSpace"/>, with the columns of the samples' properties.</summary>
    public static CsvTable Nodes(string path, string idSpace, IEnumerable<NodeRecord> samples) =>
        new(path, nodes: true, [$"{IdKey}:ID({idSpace})", ":LABEL"], CsvColumn.Of(samples.Select(s => s.Properties), new HashSet<string> { IdKey }));

    /// <summary>A relationship file from nodes of one id space to nodes of another.</summary>
    public static CsvTable Edges(string path, string startSpace, string endSpace, IEnumerable<EdgeRecord> samples) =>
        new(path, nodes: false, [$":START_ID({startSpace})", $":END_ID({endSpace})", ":TYPE"], CsvColumn.Of(samples.Select(s => s.Properties), new HashSet<string>()));

    public async Task WriteAsync(NodeRecord node)
    {
        if (!_nodes) throw new InvalidOperationException($"{FileName} holds relationships, not nodes.");
        var what = $"The node '{node.Id}'";
        CsvText.Quoted(_row, node.Id);
        _row.Append(',');
        CsvText.Array(_row, node.Labels, what);
        await WriteRowAsync(node.Properties, what);
    }

    public async Task WriteAsync(EdgeRecord edge)
    {
        if (_nodes) throw new InvalidOperationException($"{FileName} holds nodes, not relationships.");
        var what = $"The {edge.Type} relationship from '{edge.StartId}' to '{edge.EndId}'";
        CsvText.Quoted(_row, edge.StartId);
        _row.Append(',');
        CsvText.Quoted(_row, edge.EndId);
        _row.Append(',');
        CsvText.Quoted(_row, edge.Type);
        await WriteRowAsync(edge.Properties, what);
    }

    /// <summary>Flushes the file and moves it to its name; until then a reader never sees half a file.</summary>
    public async Task CompleteAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
        File.Move(_temporary, _path, overwrite: true);
        _complete = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_complete) return;
        await _writer.DisposeAsync();
        File.Delete(_temporary);
    }

    private async Task WriteRowAsync(IReadOnlyDictionary<string, object?> properties, string what)
    {
        foreach (var key in properties.Keys)
        {
            if (!_known.Contains(key)) throw new InvalidOperationException($"{what} has the property '{key}', which the header of {FileName} lacks.");
        }
        foreach (var column in _columns)
        {
            _row.Append(',');
            CsvText.Field(_row, properties.GetValueOrDefault(column.Key), column.Type, $"{what}, property '{column.Key}',");
        }
        _row.Append('\n');
        await _writer.WriteAsync(_row);
        _row.Clear();
    }
}
