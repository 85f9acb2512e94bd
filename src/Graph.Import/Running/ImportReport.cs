namespace Graph.Import.Running;

/// <summary>What an import did, or would do in a dry run, record by record.</summary>
public sealed record ImportReport
{
    /// <summary>The format that was read.</summary>
    public required ImportFormat Format { get; init; }

    /// <summary>The input, as the user named it.</summary>
    public required string Input { get; init; }

    /// <summary>True when nothing was written on purpose.</summary>
    public bool DryRun { get; init; }

    /// <summary>True when the import was written (or, in a dry run, would have been).</summary>
    public bool Succeeded { get; init; }

    /// <summary>Counts for entities.</summary>
    public RecordCounts Entities { get; init; } = new();

    /// <summary>Counts for sanctions.</summary>
    public RecordCounts Sanctions { get; init; } = new();

    /// <summary>Counts for relationships.</summary>
    public RecordCounts Relationships { get; init; } = new();

    /// <summary>Sanctions of the list that the publication no longer carries, ended on its date.</summary>
    public int Delisted { get; init; }

    /// <summary>Records refused, with file, line, field and reason.</summary>
    public IReadOnlyList<ImportError> Rejected { get; init; } = [];

    /// <summary>Records of kinds the graph does not model, by kind.</summary>
    public IReadOnlyDictionary<string, int> Ignored { get; init; } = new Dictionary<string, int>();

    /// <summary>How long the import took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Records created across kinds.</summary>
    public int Created => Entities.Created + Sanctions.Created + Relationships.Created;

    /// <summary>Records updated across kinds.</summary>
    public int Updated => Entities.Updated + Sanctions.Updated + Relationships.Updated;

    /// <summary>Records unchanged across kinds.</summary>
    public int Unchanged => Entities.Unchanged + Sanctions.Unchanged + Relationships.Unchanged;

    /// <summary>Records deleted across kinds.</summary>
    public int Deleted => Entities.Deleted + Sanctions.Deleted + Relationships.Deleted;
}

/// <summary>How many records of one kind were created, updated, left unchanged or deleted.</summary>
public sealed record RecordCounts(int Created = 0, int Updated = 0, int Unchanged = 0, int Deleted = 0);
