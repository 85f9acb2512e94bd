namespace Graph.Import.Reading;

/// <summary>Where a record stands in its input: the file, the line it starts on, and where known the line of each field.</summary>
public readonly record struct RecordOrigin(string File, int Line, IReadOnlyDictionary<string, int>? FieldLines = null)
{
    /// <summary>The line of a field path such as "sources[0].quote", else of its nearest parent, else of the record.</summary>
    public int LineOf(string field)
    {
        for (var path = field; FieldLines is not null && path.Length > 0; path = Parent(path))
        {
            if (FieldLines.TryGetValue(path, out var line)) return line;
        }
        return Line;
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }
}
