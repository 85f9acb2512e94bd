using Graph.Import.Reading;

namespace Graph.Import.Seed;

/// <summary>A citation: the id of a declared document and the verbatim quote.</summary>
internal sealed record SeedSourceRef(string? Document, string? Quote);

internal sealed record SeedDocument(string? Id, string? Title, string? Url, string? Publisher, string? PublishedOn, RecordOrigin Origin);

internal sealed record SeedEntity(
    string? Id, string? Kind, string? Name, IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties, string? Note,
    IReadOnlyList<SeedSourceRef> Sources, RecordOrigin Origin);

internal sealed record SeedSanction(
    string? Id, string? Authority, string? Target, IReadOnlyList<string> Programs, IReadOnlyList<string> Provisions,
    string? ListedOn, string? EndedOn, string? Reason, string? Note,
    IReadOnlyList<SeedSourceRef> Sources, RecordOrigin Origin);

internal sealed record SeedRelationship(
    string? Id, string? Type, string? From, string? To, string? Role, string? StartDate, string? EndDate, string? Note,
    IReadOnlyList<SeedSourceRef> Sources, RecordOrigin Origin);

/// <summary>Everything read from a seed file or folder, before validation.</summary>
internal sealed class SeedSet
{
    public List<SeedDocument> Documents { get; } = [];
    public List<SeedEntity> Entities { get; } = [];
    public List<SeedSanction> Sanctions { get; } = [];
    public List<SeedRelationship> Relationships { get; } = [];
    public List<ImportError> Errors { get; } = [];

    /// <summary>The records that broke a rule, by where they start; they are reported, never mapped.</summary>
    public HashSet<(string File, int Line)> Invalid { get; } = [];

    /// <summary>Reports a problem of the record at <paramref name="origin"/> and keeps the record from being mapped.</summary>
    public void Reject(RecordOrigin origin, string field, string message)
    {
        Errors.Add(new ImportError(origin.File, origin.LineOf(field), field, message));
        Invalid.Add((origin.File, origin.Line));
    }

    public bool IsValid(RecordOrigin origin) => !Invalid.Contains((origin.File, origin.Line));
}
