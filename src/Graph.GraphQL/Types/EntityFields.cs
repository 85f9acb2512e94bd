using Graph.Domain.Model;
using Graph.Domain.Store;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

/// <summary>The fields every entity has; the Entity interface and each kind's object type share them.</summary>
internal static class EntityFields
{
    public static void AddTo(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("The stable id, unique across the graph.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<EntityKindGraphType>>("kind").Description("What the entity is.").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The main name, as the best source writes it.").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the entity is known by, including spellings without diacritics.").Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties")
            .Description("FollowTheMoney properties such as nationality, birthDate or location, each with its values.")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
        type.Field<StringGraphType>("note").Description("An editor's note, such as how a date was fixed.").Resolve(c => c.Source.Note);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("The sources that state the entity, each with a verbatim quote.").Resolve(c => c.Source.Sources);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SanctionType>>>>("sanctions")
            .Description("The sanctions that target this entity, from every authority, in force or ended unless a day is given (here or on a field above); by default also those on entities linked to it by sameAs, whose `target` then names the linked entity they came from.")
            .Argument<BooleanGraphType>("includeSameAs", "Also the sanctions on entities linked by sameAs. Default true.", a => a.DefaultValue = true)
            .WithDays()
            .Resolve(c =>
            {
                var timing = DayArguments.Timing(c);
                return c.GetArgument("includeSameAs", true)
                    ? c.Loaders().SanctionsIncludingSameAs(c.Source.Id, timing)
                    : c.Loaders().SanctionsTargeting(c.Source.Id, timing);
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("sameAs")
            .Description("Entities of other sources that stand for the same real-world entity, tied by an explicit sameAs link. Identities are never merged silently.")
            .Resolve(c => new Loaders.ChainedResult<IReadOnlyList<string>, IDataLoaderResult<IReadOnlyList<Entity?>>>(
                c.Loaders().SameAs(c.Source.Id, DayArguments.Day(c, DayArguments.AsOf)),
                ids => new Loaders.ManyResult<Entity>([.. ids.Select(c.Loaders().Entity)])));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipType>>>>("relationships")
            .Description("The relationships that touch this entity, in both directions unless asked otherwise, whatever their dates unless a day is given (here or on a field above).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("types", "Keep only these relationship types, e.g. [\"membership\", \"occupancy\"]. Omit for every type.")
            .Argument<DirectionGraphType>("direction", "Keep only relationships pointing this way from the entity.", a => a.DefaultValue = Direction.Both)
            .WithAsOf()
            .Resolve(c =>
            {
                var filter = new RelationshipFilter(c.GetArgument<List<string>?>("types") ?? [], c.GetArgument("direction", Direction.Both))
                {
                    AsOf = DayArguments.Day(c, DayArguments.AsOf),
                };
                return c.Loaders().RelationshipsOf(c.Source.Id, filter);
            });
    }

    /// <summary>The first value of a property, parsed as a date, or null.</summary>
    public static PartialDate? DateProperty(Entity entity, string name) =>
        entity.Property(name) is [var first, ..] && PartialDate.TryParse(first, out var date) ? date : null;
}
