using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class SanctionFilterInputType : InputObjectGraphType<SanctionFilterInput>
{
    public SanctionFilterInputType()
    {
        Name = "SanctionFilter";
        Description = "Which sanctions to list. Every criterion given must hold; omit one to keep everything.";
        Field<StringGraphType>("authority").Description("The authority's id, name or alias, ignoring case: \"ofac\", \"OFAC\" or \"Office of Foreign Assets Control\".");
        Field<StringGraphType>("program").Description("A programme, ignoring case, e.g. \"RUSSIA-EO14024\".");
        Field<DateGraphType>("listedFrom").Description("Keep sanctions listed on or after this date. A partial date counts from its first day.");
        Field<DateGraphType>("listedTo").Description("Keep sanctions listed on or before this date. A partial date counts to its last day.");
        Field<IdGraphType>("target").Description("Keep sanctions that target this entity.");
        Field<DateGraphType>("firstSeenFrom").Description("Keep sanctions first seen in a publication on or after this date.");
        Field<DateGraphType>("activeOn").Description("Keep sanctions in force on this date: listed (or first seen) by then and not ended by then.");
        Field<StringGraphType>("dataset").Description("Keep sanctions imported from this list, e.g. \"us_ofac_sdn\".");
    }
}
