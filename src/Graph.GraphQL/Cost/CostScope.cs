namespace Graph.GraphQL.Cost;

/// <summary>
/// What a selection set is priced against, beyond its type: the page size its connection asked for, and how
/// the introspection lists above it were reached.
/// </summary>
/// <param name="Page">The items of the enclosing page: a connection's <c>first</c>, a neighbourhood's <c>limit</c>.</param>
/// <param name="Reach">Whether the selection is walked once per item of the whole schema, or for one arbitrary item.</param>
internal readonly record struct CostScope(long Page, Reach Reach)
{
    public static CostScope None { get; } = new(0, Reach.One);
}

/// <summary>
/// How an introspection selection is reached. Under <c>__schema { types }</c> each type is walked exactly once,
/// so its fields cost the schema's total, not the number of types times the widest type; under <c>field.type</c>
/// the type is any one type, so the widest is the sound bound.
/// </summary>
internal enum Reach
{
    /// <summary>One arbitrary item: lists below it cost their largest size.</summary>
    One,

    /// <summary>Every type of the schema, once each.</summary>
    EveryType,

    /// <summary>Every field of every type, once each.</summary>
    EveryField,

    /// <summary>Every directive, once each.</summary>
    EveryDirective,
}
