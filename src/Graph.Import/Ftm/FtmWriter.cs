using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>
/// Writes entities, relationships and sanctions as FollowTheMoney JSON lines, the inverse of <see cref="FtmReader"/>:
/// reading the lines back yields the same ids, kinds, names, aliases, properties, roles, dates, programmes, sources
/// and notes.
/// </summary>
public static class FtmWriter
{
    /// <summary>
    /// Writes one line per entity, relationship and sanction. An involvement edge that the reader made from an
    /// Event's participants goes back onto the Event; a relationship type FtM has no schema for is written as
    /// an UnknownLink that names the type. Sources and notes, which FtM has no fields for, are written as the top-level
    /// keys "sources" and "note" beside the entity.
    /// </summary>
    /// <param name="output">Receives the lines, each ended by "\n".</param>
    /// <param name="entities">The nodes, written as Person, Organization, Company, Airplane… entities.</param>
    /// <param name="relationships">The edges, written as Ownership, Family, Payment… entities.</param>
    /// <param name="sanctions">The sanctions, written as Sanction entities.</param>
    /// <param name="nameOf">
    /// The name of an entity by id, or null when unknown: FtM names a sanction's authority by name, not by id.
    /// An authority whose name is unknown is written under its id.
    /// </param>
    public static void Write(
        TextWriter output,
        IEnumerable<Entity> entities,
        IEnumerable<Relationship> relationships,
        IEnumerable<Sanction> sanctions,
        Func<string, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(nameOf);
        var edges = relationships as IReadOnlyCollection<Relationship> ?? [.. relationships];
        var participants = edges.Where(IsParticipation).ToLookup(r => r.ToId, StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        using var writer = new FtmLineWriter(output);
        foreach (var entity in entities)
        {
            var involvements = entity.Kind == EntityKind.Event
                ? [.. participants[entity.Id].Where(r => SharesProvenance(r, entity))]
                : (IReadOnlyList<Relationship>)[];
            writer.Entity(entity, involvements);
            foreach (var involvement in involvements) folded.Add(involvement.Id);
        }
        foreach (var relationship in edges)
        {
            if (!folded.Contains(relationship.Id)) writer.Relationship(relationship);
        }
        foreach (var sanction in sanctions)
        {
            writer.Sanction(sanction, nameOf(sanction.AuthorityId) ?? sanction.AuthorityId);
        }
    }

    /// <summary>
    /// True for an edge that an Event's "involved" or "organizer" value says all there is about: the reader would
    /// make exactly this edge from it, so it can go back onto the Event without loss.
    /// </summary>
    private static bool IsParticipation(Relationship r) =>
        r.Type == "involvement"
        && r.Role is "involved" or "organizer"
        && r.Id == FtmMapper.InvolvementId(r.ToId, r.Role, r.FromId)
        && r.StartDate is null && r.EndDate is null;

    /// <summary>
    /// True when the edge has no note and cites what its Event cites: the reader gives a participant's edge the
    /// Event's sources. Any other edge is written on a line of its own.
    /// </summary>
    private static bool SharesProvenance(Relationship r, Entity e) => r.Note is null && r.Sources.SequenceEqual(e.Sources);
}
