using Graph.Domain.Model;
using Graph.Import.Reading;

namespace Graph.Import.Seed;

/// <summary>Turns the valid records of a checked seed set into domain records, each with where it was read.</summary>
internal static class SeedMapper
{
    /// <summary>The records that broke no rule, and cite only documents that broke none; the others were rejected.</summary>
    public static ParsedInput ToParsed(SeedSet set)
    {
        var parsed = new ParsedInput();
        var documents = set.Documents.Where(d => set.IsValid(d.Origin)).DistinctBy(d => d.Id).ToDictionary(d => d.Id!, StringComparer.Ordinal);
        bool Mapped(RecordOrigin origin, IReadOnlyList<SeedSourceRef> sources) =>
            set.IsValid(origin) && sources.All(r => documents.ContainsKey(r.Document!));
        foreach (var e in set.Entities.Where(e => Mapped(e.Origin, e.Sources))) parsed.Entities.Add(Entity(e, documents));
        foreach (var s in set.Sanctions.Where(s => Mapped(s.Origin, s.Sources))) parsed.Add(Sanction(s, documents), s.Origin);
        foreach (var r in set.Relationships.Where(r => Mapped(r.Origin, r.Sources))) parsed.Add(Relationship(r, documents), r.Origin);
        return parsed;
    }

    private static Entity Entity(SeedEntity e, Dictionary<string, SeedDocument> documents)
    {
        var kind = SeedKinds.TryParse(e.Kind!, out var parsed) ? parsed : throw new InvalidOperationException($"Unvalidated kind '{e.Kind}'.");
        return new Entity(e.Id!, kind, e.Name!.Trim())
        {
            Aliases = e.Aliases,
            Properties = e.Properties,
            Note = e.Note,
            Sources = Sources(e.Sources, documents),
        };
    }

    private static Sanction Sanction(SeedSanction s, Dictionary<string, SeedDocument> documents) =>
        new(s.Id!, s.Authority!, s.Target!)
        {
            Programs = s.Programs,
            Provisions = s.Provisions,
            ListedOn = Date(s.ListedOn),
            EndedOn = Date(s.EndedOn),
            Reason = s.Reason,
            Note = s.Note,
            Sources = Sources(s.Sources, documents),
        };

    private static Relationship Relationship(SeedRelationship r, Dictionary<string, SeedDocument> documents) =>
        new(r.Id!, r.Type!, r.From!, r.To!)
        {
            Role = r.Role,
            StartDate = Date(r.StartDate),
            EndDate = Date(r.EndDate),
            Note = r.Note,
            Sources = Sources(r.Sources, documents),
        };

    private static List<Source> Sources(IReadOnlyList<SeedSourceRef> refs, Dictionary<string, SeedDocument> documents) =>
        [.. refs.Select(r =>
        {
            var d = documents[r.Document!];
            return new Source(d.Title!, d.Url, d.Publisher, Date(d.PublishedOn), r.Quote);
        })];

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);
}
