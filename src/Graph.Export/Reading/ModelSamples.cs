using Graph.Domain.Model;

namespace Graph.Export.Reading;

/// <summary>
/// One record of each kind with every optional field set and ids that all differ: mapped through the graph model,
/// they show every property key and type its nodes and edges can have, and which end of an edge is which.
/// </summary>
internal static class ModelSamples
{
    private static readonly PartialDate Day = PartialDate.Parse("2000-01-01");

    private static readonly Source Source = new("title", "https://example.org", "publisher", Day, "quote");

    public static Entity Entity { get; } = new("sample-entity", EntityKind.Person, "name")
    {
        Aliases = ["alias"],
        Properties = new Dictionary<string, IReadOnlyList<string>> { ["country"] = ["zz"] },
        Sources = [Source],
        Note = "note",
    };

    public static Sanction Sanction { get; } = new("sample-sanction", "sample-authority", "sample-target")
    {
        Programs = ["program"],
        Provisions = ["provision"],
        ListedOn = Day,
        EndedOn = Day,
        Reason = "reason",
        Dataset = "dataset",
        FirstSeen = Day,
        LastSeen = Day,
        Note = "note",
        Sources = [Source],
    };

    public static Relationship Relationship { get; } = new("sample-relationship", "membership", "sample-from", "sample-to")
    {
        Role = "role",
        StartDate = Day,
        EndDate = Day,
        Note = "note",
        Sources = [Source],
    };
}
