using Graph.Domain.Store;

namespace Graph.GraphQL.Summaries;

/// <summary>How many relationships of each type and direction touch an entity, and how many of its neighbours are sanctioned.</summary>
/// <param name="EntityId">The entity summarised.</param>
/// <param name="Groups">One per type and direction, the largest first, then by type.</param>
/// <param name="Neighbours">The distinct entities at the other end of a relationship.</param>
/// <param name="SanctionedNeighbours">Those of them with a sanction (on the day, when one is given).</param>
internal sealed record RelationshipSummary(string EntityId, IReadOnlyList<RelationshipGroup> Groups, int Neighbours, int SanctionedNeighbours);

/// <summary>The relationships of one type that point one way from the entity.</summary>
internal sealed record RelationshipGroup(string Type, Direction Direction, int Count);
