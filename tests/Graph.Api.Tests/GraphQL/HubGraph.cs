using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

/// <summary>
/// A hub entity with more relationships than any list should multiply freely, like OFAC's entry 15117 with its
/// 131: every spoke is a sanctioned member of the hub, and every spoke also knows the next one.
/// </summary>
public static class HubGraph
{
    public const string HubId = "hub";
    public const int Spokes = 131;

    public static async Task WriteAsync(IServiceProvider services)
    {
        var spokes = Enumerable.Range(0, Spokes).Select(i => new Entity($"spoke-{i}", EntityKind.Person, $"Spoke {i}")).ToList();
        var relationships = spokes.Select((spoke, i) => new Relationship($"member-{i}", "membership", spoke.Id, HubId))
            .Concat(spokes.Select((spoke, i) => new Relationship($"knows-{i}", "associate", spoke.Id, spokes[(i + 1) % Spokes].Id)))
            .ToList();
        var sanctions = spokes.Select((spoke, i) => new Sanction($"hub-sanction-{i}", "ofac", spoke.Id) { ListedOn = PartialDate.Parse("2024-05-01") }).ToList();
        var store = services.GetRequiredService<IGraphStore>();
        await store.WriteAsync(new GraphBatch([new Entity(HubId, EntityKind.Organization, "Hub"), .. spokes], sanctions, relationships));
    }
}
