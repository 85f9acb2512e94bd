namespace Graph.Import.Seed;

/// <summary>Where a record stands: its file, the line it starts on and the line of each field.</summary>
internal sealed record SeedOrigin(string File, int Line, IReadOnlyDictionary<string, int> FieldLines)
{
    /// <summary>The line of a field path such as "sources[0].quote", else of its nearest parent, else of the record.</summary>
    public int LineOf(string field)
    {
        for (var path = field; path.Length > 0; path = Parent(path))
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

/// <summary>A citation: the id of a declared document and the verbatim quote.</summary>
internal sealed record SeedSourceRef(string? Document, string? Quote);

internal sealed record SeedDocument(string? Id, string? Title, string? Url, string? Publisher, string? PublishedOn, SeedOrigin Origin);

internal sealed record SeedEntity(
    string? Id, string? Kind, string? Name, IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties, string? Note,
    IReadOnlyList<SeedSourceRef> Sources, SeedOrigin Origin);

internal sealed record SeedSanction(
    string? Id, string? Authority, string? Target, IReadOnlyList<string> Programs, IReadOnlyList<string> Provisions,
    string? ListedOn, string? EndedOn, string? Reason, string? Note,
    IReadOnlyList<SeedSourceRef> Sources, SeedOrigin Origin);

internal sealed record SeedRelationship(
    string? Id, string? Type, string? From, string? To, string? Role, string? StartDate, string? EndDate, string? Note,
    IReadOnlyList<SeedSourceRef> Sources, SeedOrigin Origin);

/// <summary>Everything read from a seed file or folder, before validation.</summary>
internal sealed class SeedSet
{
    public List<SeedDocument> Documents { get; } = [];
    public List<SeedEntity> Entities { get; } = [];
    public List<SeedSanction> Sanctions { get; } = [];
    public List<SeedRelationship> Relationships { get; } = [];
    public List<ImportError> Errors { get; } = [];
}
