using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class SanctionType : ObjectGraphType<Sanction>
{
    public SanctionType()
    {
        Name = "Sanction";
        Description = "A measure an authority imposed on a target, with its programmes, dates and sources.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The stable id, e.g. \"ofac-42618\".").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EntityInterface>>("authority").Description("Who imposed the sanction, e.g. OFAC.")
            .Resolve(c => c.Loaders().Entity(c.Source.AuthorityId));
        Field<NonNullGraphType<EntityInterface>>("target").Description("Who or what the sanction targets.")
            .Resolve(c => c.Loaders().Entity(c.Source.TargetId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("programs")
            .Description("The programmes it was imposed under, e.g. \"RUSSIA-EO14024\".").Resolve(c => c.Source.Programs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("provisions")
            .Description("What the sanction does, e.g. \"Block\".").Resolve(c => c.Source.Provisions);
        Field<DateGraphType>("listedOn").Description("When the target was listed, possibly partial.").Resolve(c => c.Source.ListedOn);
        Field<DateGraphType>("endedOn").Description("When the sanction ended; null while it is in force.").Resolve(c => c.Source.EndedOn);
        Field<StringGraphType>("dataset").Description("The list the sanction was imported from, e.g. \"us_ofac_sdn\"; null for hand-written facts.").Resolve(c => c.Source.Dataset);
        Field<DateGraphType>("firstSeen").Description("The first publication of the list that carried the sanction.").Resolve(c => c.Source.FirstSeen);
        Field<DateGraphType>("lastSeen").Description("The latest publication of the list that carried the sanction.").Resolve(c => c.Source.LastSeen);
        Field<StringGraphType>("reason").Description("Why the authority imposed it.").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("note").Description("An editor's note, such as how a date was fixed.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("The sources that state the sanction, each with a verbatim quote.").Resolve(c => c.Source.Sources);
    }
}
