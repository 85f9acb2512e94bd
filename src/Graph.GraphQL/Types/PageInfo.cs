namespace Graph.GraphQL.Types;

/// <summary>Relay's page information for one page.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
