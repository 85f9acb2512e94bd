using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>Turns validated FtM records into entities, relationships, sanctions and deletions of one parsed input.</summary>
internal sealed class FtmMapper(ParsedInput parsed, string fileName)
{
    // What becomes fields of an Event rather than properties: its names and its participants.
    private static readonly string[] EventFields = [.. FtmNames.NameProperties, "involved", "organizer"];

    private readonly FtmSources _sources = new(fileName);
    private readonly Dictionary<string, string> _authorityIds = new(StringComparer.Ordinal);

    // Roles repeat ("director", "10000 EUR"); one instance each means fewer live objects for the collector.
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    private Reading.RecordOrigin Origin(FtmRecord record) => new(fileName, record.Line);

    public void Map(FtmRecord record)
    {
        if (record.IsDelete)
        {
            Delete(record);
            return;
        }
        var schema = record.Schema!;
        if (FtmSchemata.Nodes.TryGetValue(schema, out var kind)) AddEntity(record, kind);
        else if (FtmSchemata.Edges.TryGetValue(schema, out var edge)) AddRelationship(record, edge);
        else if (schema == FtmSchemata.Sanction) AddSanction(record);
        else parsed.Ignore(schema);
    }

    private void Delete(FtmRecord record)
    {
        var id = record.Id!;
        var schema = record.Schema;
        // Without a schema the kind of record is unknown; deleting an id that does not exist is harmless.
        var all = schema is null;
        var known = false;
        if (all || FtmSchemata.Nodes.ContainsKey(schema!)) { parsed.DeletedEntityIds.Add(id); known = true; }
        if (all || schema == FtmSchemata.Sanction) { parsed.DeletedSanctionIds.Add(id); known = true; }
        if (all || FtmSchemata.Edges.ContainsKey(schema!)) { parsed.DeletedRelationshipIds.Add(id); known = true; }
        if (!known) parsed.Ignore(schema!);
    }

    private void AddEntity(FtmRecord record, EntityKind kind)
    {
        var sources = SourcesOf(record);
        var name = FtmNames.MainName(record)!;
        var aliases = FtmNames.Aliases(record, name);
        var properties = record.Properties.Without(kind == EntityKind.Event ? EventFields : FtmNames.NameProperties);
        if (kind == EntityKind.Event)
        {
            AddInvolvements(record, "involved", sources);
            AddInvolvements(record, "organizer", sources);
        }
        parsed.Entities.Add(new Entity(record.Id!, kind, name) { Aliases = aliases, Properties = properties, Sources = sources, Note = record.Note });
    }

    /// <summary>An Event's participants become involvement edges, each with a stable id made of the event, role and entity.</summary>
    private void AddInvolvements(FtmRecord record, string role, IReadOnlyList<Source> sources)
    {
        var ids = record.Values(role);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            // A participant named twice is one edge: the id would repeat.
            if (string.IsNullOrWhiteSpace(id) || IndexOf(ids, id) < i) continue;
            parsed.Add(new Relationship(InvolvementId(record.Id!, role, id), "involvement", id, record.Id!)
            {
                Role = role,
                Sources = sources,
            }, Origin(record));
        }
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value) return i;
        }
        return -1;
    }

    public static string InvolvementId(string eventId, string role, string entityId) => $"{eventId}--{role}--{entityId}";

    private void AddRelationship(FtmRecord record, FtmEdgeSchema edge)
    {
        var type = edge.Type;
        if (edge.Schema == FtmSchemata.UnknownLink
            && record.First(FtmSchemata.RelationshipTypeProperty) is { } written
            && RelationshipTypes.IsKnown(written))
        {
            type = written;
        }
        parsed.Add(new Relationship(record.Id!, type, record.First(edge.From)!, record.First(edge.To)!)
        {
            Role = Pooled(FtmRoles.Of(edge, record)),
            StartDate = FtmDates.ParseOrNull(record.First("startDate") ?? record.First("date")),
            EndDate = FtmDates.ParseOrNull(record.First("endDate")),
            Note = record.Note,
            Sources = SourcesOf(record),
        }, Origin(record));
    }

    private void AddSanction(FtmRecord record)
    {
        var authority = FtmSanctionAuthority.NameOf(record)!;
        if (!_authorityIds.TryGetValue(authority, out var authorityId))
        {
            authorityId = AuthorityIds.ForName(authority);
            _authorityIds[authority] = authorityId;
            parsed.Authorities.TryAdd(authorityId, authority);
        }
        parsed.Add(new Sanction(record.Id!, authorityId, record.First("entity")!)
        {
            Programs = Distinct(record.Values("program"), record.Values("programId")),
            Provisions = Distinct(record.Values("provisions"), []),
            ListedOn = FtmDates.ParseOrNull(record.First("listingDate") ?? record.First("startDate")),
            EndedOn = FtmDates.ParseOrNull(record.First("endDate")),
            Reason = FtmRoles.Joined(record.Values("reason")),
            Dataset = record.Datasets.Count > 0 ? record.Datasets[0] : null,
            FirstSeen = FtmDates.ParseOrNull(record.FirstSeen),
            LastSeen = FtmDates.ParseOrNull(record.LastSeen),
            Note = record.Note,
            Sources = SourcesOf(record),
        }, Origin(record));
    }

    /// <summary>The sources the line carries, as this graph's own export writes them; else the one that cites the file and line.</summary>
    private Source[] SourcesOf(FtmRecord record)
    {
        if (record.Sources is not { } given) return [_sources.For(record)];
        var sources = new Source[given.Count];
        for (var i = 0; i < sources.Length; i++) sources[i] = given[i].ToSource();
        return sources;
    }

    private string? Pooled(string? role)
    {
        if (role is null) return null;
        if (_roles.TryGetValue(role, out var pooled)) return pooled;
        if (_roles.Count < 1 << 16) _roles[role] = role;
        return role;
    }

    private static List<string> Distinct(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var values = new List<string>(first.Count + second.Count);
        foreach (var list in (ReadOnlySpan<IReadOnlyList<string>>)[first, second])
        {
            foreach (var value in list)
            {
                if (!string.IsNullOrWhiteSpace(value) && !values.Contains(value)) values.Add(value);
            }
        }
        return values;
    }
}
