using Graph.Domain.Store;

namespace Graph.GraphQL.Types;

/// <summary>A page together with whether it was asked for after a cursor.</summary>
internal sealed record ConnectionPage<T>(Page<T> Page, bool AskedAfter);
