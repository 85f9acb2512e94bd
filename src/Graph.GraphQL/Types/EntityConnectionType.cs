namespace Graph.GraphQL.Types;

internal sealed class EntityConnectionType() : ConnectionType<Domain.Model.Entity, EntityInterface>("Entity", "A page of entities.");
