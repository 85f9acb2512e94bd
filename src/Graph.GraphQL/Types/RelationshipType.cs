using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class RelationshipType : ObjectGraphType<Relationship>
{
    public RelationshipType()
    {
        Name = "Relationship";
        Description = "A typed, directed tie between two entities, with its role, dates and sources.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type")
            .Description("The kind of tie: " + string.Join("; ", RelationshipTypes.All.Select(t => $"{t.Key} ({t.Value})")) + ".")
            .Resolve(c => c.Source.Type);
        Field<StringGraphType>("role").Description("How the source words the tie, e.g. \"Defense Minister\" or \"brother-in-law\".").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<EntityInterface>>("from").Description("The entity the tie starts at: the member, holder, owner or supporter.")
            .Resolve(c => c.Loaders().Entity(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("to").Description("The entity the tie ends at: the organisation, position, asset or the one supported.")
            .Resolve(c => c.Loaders().Entity(c.Source.ToId));
        Field<DateGraphType>("startDate").Description("When the tie began, possibly partial.").Resolve(c => c.Source.StartDate);
        Field<DateGraphType>("endDate").Description("When the tie ended, possibly partial.").Resolve(c => c.Source.EndDate);
        Field<StringGraphType>("note").Description("An editor's note, such as how a date was fixed.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("The sources that state the tie, each with a verbatim quote.").Resolve(c => c.Source.Sources);
    }
}
