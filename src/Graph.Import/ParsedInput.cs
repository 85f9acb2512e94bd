using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import;

/// <summary>
/// What a format reader made of one input, before anything is written: the records, the records it rejected
/// with reasons, and what it deliberately left aside. Readers never touch the store.
/// </summary>
public sealed class ParsedInput
{
    /// <summary>Entities to create or update.</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>Sanctions to create or update; add them with <see cref="Add(Sanction, RecordOrigin)"/>.</summary>
    public List<Sanction> Sanctions { get; } = [];

    /// <summary>Relationships to create or update; add them with <see cref="Add(Relationship, RecordOrigin)"/>.</summary>
    public List<Relationship> Relationships { get; } = [];

    /// <summary>Where each sanction came from, in the order of <see cref="Sanctions"/>.</summary>
    public List<RecordOrigin> SanctionOrigins { get; } = [];

    /// <summary>Where each relationship came from, in the order of <see cref="Relationships"/>.</summary>
    public List<RecordOrigin> RelationshipOrigins { get; } = [];

    /// <summary>
    /// Entities the input names without holding them, such as the SDN party a relationship of OFAC's consolidated list
    /// points at: the runner writes one only when neither the input nor the graph holds its id, and never over a
    /// stored entity, so a later input that holds the entity replaces it as an ordinary update.
    /// </summary>
    public List<Entity> Placeholders { get; } = [];

    /// <summary>Ids of entities the input removes (FtM "DEL" operations); their sanctions and relationships go too.</summary>
    public List<string> DeletedEntityIds { get; } = [];

    /// <summary>Ids of sanctions the input removes.</summary>
    public List<string> DeletedSanctionIds { get; } = [];

    /// <summary>Ids of relationships the input removes.</summary>
    public List<string> DeletedRelationshipIds { get; } = [];

    /// <summary>Records that failed validation, by file, line and field. Any of them stops the import unless invalid records are skipped.</summary>
    public List<ImportError> Rejected { get; } = [];

    /// <summary>Records of kinds the graph does not model, counted by kind (e.g. FtM "Address"); reported, not errors.</summary>
    public Dictionary<string, int> Ignored { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Authorities that sanctions point at by id, with their names: the runner keeps an existing entity of that id,
    /// else reuses an entity whose name or alias matches, else creates a public body.
    /// </summary>
    public Dictionary<string, string> Authorities { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when the input is a complete publication of a list: sanctions of that dataset missing from it were delisted.</summary>
    public DatasetPublication? Publication { get; set; }

    /// <summary>Adds a sanction read at <paramref name="origin"/>.</summary>
    public void Add(Sanction sanction, RecordOrigin origin)
    {
        Sanctions.Add(sanction);
        SanctionOrigins.Add(origin);
    }

    /// <summary>Adds a relationship read at <paramref name="origin"/>.</summary>
    public void Add(Relationship relationship, RecordOrigin origin)
    {
        Relationships.Add(relationship);
        RelationshipOrigins.Add(origin);
    }

    /// <summary>Adds what another part of the same input read, after what this one holds.</summary>
    public void Append(ParsedInput part)
    {
        Entities.AddRange(part.Entities);
        Placeholders.AddRange(part.Placeholders);
        Sanctions.AddRange(part.Sanctions);
        SanctionOrigins.AddRange(part.SanctionOrigins);
        Relationships.AddRange(part.Relationships);
        RelationshipOrigins.AddRange(part.RelationshipOrigins);
        DeletedEntityIds.AddRange(part.DeletedEntityIds);
        DeletedSanctionIds.AddRange(part.DeletedSanctionIds);
        DeletedRelationshipIds.AddRange(part.DeletedRelationshipIds);
        Rejected.AddRange(part.Rejected);
        foreach (var (kind, count) in part.Ignored) Ignored[kind] = Ignored.GetValueOrDefault(kind) + count;
        foreach (var (id, name) in part.Authorities) Authorities.TryAdd(id, name);
    }

    /// <summary>Counts one ignored record of the given kind.</summary>
    public void Ignore(string kind) => Ignored[kind] = Ignored.GetValueOrDefault(kind) + 1;
}

/// <summary>A complete publication of a sanctions list, e.g. OFAC's SDN list as published on a day.</summary>
/// <param name="Dataset">The list, e.g. "us_ofac_sdn".</param>
/// <param name="PublishedOn">The day of the publication.</param>
public sealed record DatasetPublication(string Dataset, DateOnly PublishedOn);
