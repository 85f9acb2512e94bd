namespace Graph.GraphQL.Types;

internal sealed class DesignationChangeConnectionType() : ConnectionType<Domain.Store.DesignationChange, DesignationChangeType>("DesignationChange", "A page of the change feed.");
