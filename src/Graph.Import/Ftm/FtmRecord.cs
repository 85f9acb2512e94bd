namespace Graph.Import.Ftm;

/// <summary>A problem found while reading a line, before any rule ran: the field's JSON path and what is wrong.</summary>
internal sealed record FtmProblem(string Field, string Message);

/// <summary>
/// One JSON line as read, before validation: a plain FtM entity, or the entity of a delta operation with its op.
/// Values are as the line gives them; nothing is checked yet.
/// </summary>
internal sealed class FtmRecord
{
    /// <summary>The number of the line in its file, which the record's source cites.</summary>
    public required int Line { get; init; }

    /// <summary>"ADD", "MOD" or "DEL" on a delta line; null on a plain entity line.</summary>
    public string? Op { get; init; }

    /// <summary>"entity." on a delta line, so that errors name the field where it is in the line.</summary>
    public string FieldPrefix { get; init; } = "";

    public string? Id { get; init; }
    public string? Schema { get; init; }
    public string? Caption { get; init; }
    public IReadOnlyList<string> Datasets { get; init; } = [];
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public string? LastChange { get; init; }

    /// <summary>The line's own "sources", which replace the citation of file and line; null when the line has none.</summary>
    public IReadOnlyList<FtmSourceFields>? Sources { get; init; }

    /// <summary>The line's "note": the editor's note of the entity, relationship or sanction.</summary>
    public string? Note { get; init; }

    public FtmProperties Properties { get; init; } = FtmProperties.None;

    public IReadOnlyList<FtmProblem> Problems { get; init; } = [];

    /// <summary>True when the line is not JSON, not an object, or a delta without its entity: nothing to validate.</summary>
    public bool Unreadable { get; init; }

    public bool IsDelete => Op == "DEL";

    /// <summary>The values of a property, or none.</summary>
    public IReadOnlyList<string> Values(string property) => Properties.Values(property);

    /// <summary>The first value of a property that is not blank, or null: FtM lists are unordered, the first is as good as any.</summary>
    public string? First(string property)
    {
        var values = Properties.Values(property);
        for (var i = 0; i < values.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(values[i])) return values[i];
        }
        return null;
    }
}
