namespace Graph.GraphQL.Types;

internal sealed class SanctionConnectionType() : ConnectionType<Domain.Model.Sanction, SanctionType>("Sanction", "A page of sanctions.");
