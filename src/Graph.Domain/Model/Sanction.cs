namespace Graph.Domain.Model;

/// <summary>A measure that an authority imposed on a target.</summary>
/// <param name="Id">The stable id, e.g. "ofac-42618".</param>
/// <param name="AuthorityId">The id of the entity that imposed the sanction.</param>
/// <param name="TargetId">The id of the entity the sanction targets.</param>
public sealed record Sanction(string Id, string AuthorityId, string TargetId)
{
    /// <summary>The programmes the sanction was imposed under, e.g. "RUSSIA-EO14024".</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>What the sanction does, e.g. "Block".</summary>
    public IReadOnlyList<string> Provisions { get; init; } = [];

    /// <summary>When the target was listed.</summary>
    public PartialDate? ListedOn { get; init; }

    /// <summary>When the sanction ended, or null while it is in force.</summary>
    public PartialDate? EndedOn { get; init; }

    /// <summary>Why the authority imposed it.</summary>
    public string? Reason { get; init; }

    /// <summary>The list the sanction was imported from, e.g. "us_ofac_sdn"; null for hand-written facts.</summary>
    public string? Dataset { get; init; }

    /// <summary>The publication of <see cref="Dataset"/> that first carried the sanction.</summary>
    public PartialDate? FirstSeen { get; init; }

    /// <summary>The latest publication of <see cref="Dataset"/> that carried the sanction.</summary>
    public PartialDate? LastSeen { get; init; }

    /// <summary>An editor's note, e.g. how a date was fixed.</summary>
    public string? Note { get; init; }

    /// <summary>The sources that state the sanction.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];
}
