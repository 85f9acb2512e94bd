using Graph.Domain.Model;

namespace Graph.Benchmarks.Generation;

/// <summary>
/// Typed edges between random entities. Part of the targets are drawn in proportion to their degree (an
/// endpoint of an earlier edge), a mild preferential attachment that gives hubs; no entity gets more than
/// <see cref="MaxDegree"/> edges.
/// </summary>
internal sealed class EdgeFactory(Random random, EntityKind[] kinds, long edgeCount)
{
    public const int MaxDegree = 200;
    private const double PreferentialShare = 0.5;
    private const int MaxAttempts = 1000;
    private readonly NameFactory _names = new(random);
    private readonly int[] _degree = new int[kinds.Length];
    private readonly int[] _endpoints = new int[checked((int)(2 * edgeCount))];
    private int _endpointCount;

    public int HighestDegree => _degree.Max();

    public Relationship Next(long index)
    {
        var (from, to) = PickEnds();
        if (IsTargetOnly(kinds[from]) && !IsTargetOnly(kinds[to])) (from, to) = (to, from);
        _degree[from]++;
        _degree[to]++;
        _endpoints[_endpointCount++] = from;
        _endpoints[_endpointCount++] = to;
        var type = TypeFor(kinds[from], kinds[to]);
        return new Relationship(SyntheticIds.Relationship(index), type, SyntheticIds.Entity(from), SyntheticIds.Entity(to))
        {
            Role = type switch
            {
                "family" => _names.Pick(NameLists.FamilyRoles),
                "directorship" or "ownership" => _names.Pick(NameLists.OfficerRoles),
                _ => null,
            },
            StartDate = random.Next(3) == 0 ? PartialDate.FromDate(new DateOnly(2000, 1, 1).AddDays(random.Next(9000))) : null,
        };
    }

    private (int From, int To) PickEnds()
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var from = random.Next(kinds.Length);
            var to = _endpointCount > 0 && random.NextDouble() < PreferentialShare
                ? _endpoints[random.Next(_endpointCount)]
                : random.Next(kinds.Length);
            if (from != to && _degree[from] < MaxDegree && _degree[to] < MaxDegree) return (from, to);
        }
        throw new InvalidOperationException($"No two entities with fewer than {MaxDegree} edges were found; the graph is too small for {edgeCount} edges.");
    }

    private static bool IsTargetOnly(EntityKind kind) => kind is EntityKind.Country or EntityKind.Position or EntityKind.Event;

    private string TypeFor(EntityKind from, EntityKind to) => (from, to) switch
    {
        (_, EntityKind.Country) => "operation",
        (_, EntityKind.Position) => "occupancy",
        (_, EntityKind.Event) => "involvement",
        (EntityKind.Person, EntityKind.Person) => random.Next(3) == 0 ? "family" : "associate",
        (EntityKind.Person, EntityKind.Company) => _names.Pick(["directorship", "ownership", "employment"]),
        (EntityKind.Person, EntityKind.Organization) => random.Next(2) == 0 ? "membership" : "support",
        (EntityKind.Person, EntityKind.PublicBody) => random.Next(2) == 0 ? "employment" : "membership",
        (EntityKind.Company, EntityKind.Company) => _names.Pick(["subsidiary", "ownership", "associate"]),
        (EntityKind.PublicBody, EntityKind.PublicBody) => "subsidiary",
        (_, EntityKind.Organization or EntityKind.PublicBody) => _names.Pick(["support", "associate", "opposition"]),
        _ => random.Next(10) == 0 ? "unknown" : "associate",
    };
}
