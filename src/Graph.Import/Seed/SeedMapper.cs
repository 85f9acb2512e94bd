using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Import.Seed;

/// <summary>Turns a validated seed set into domain records.</summary>
internal static class SeedMapper
{
    public static GraphBatch ToBatch(SeedSet set)
    {
        var documents = set.Documents.ToDictionary(d => d.Id!, StringComparer.Ordinal);
        return new GraphBatch(
            [.. set.Entities.Select(e => Entity(e, documents))],
            [.. set.Sanctions.Select(s => Sanction(s, documents))],
            [.. set.Relationships.Select(r => Relationship(r, documents))]);
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
