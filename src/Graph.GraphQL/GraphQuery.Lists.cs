using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using DateGraphType = Graph.GraphQL.Types.DateGraphType;

namespace Graph.GraphQL;

/// <summary>The lists of sanctions: filtered pages, the change feed, and the difference between two days of a list.</summary>
internal sealed partial class GraphQuery
{
    internal const int DefaultListDiffItems = 100;

    private void AddListFields()
    {
        Field<NonNullGraphType<SanctionConnectionType>>("sanctions")
            .Description("Sanctions, page by page, in the order they were added; filter by authority, programme, listing dates or target, and read them as of a day or as a list's copy carried them on a day.")
            .Argument<SanctionFilterInputType>("filter", "Which sanctions to keep. Omit to keep all.")
            .Argument<IntGraphType>("first", $"The page size, 0 to {PageRequest.MaxSize}; {DefaultPageSize} when omitted.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .WithDays()
            .ResolveAsync(async c =>
            {
                var page = PageArguments(c);
                var input = c.GetArgument<SanctionFilterInput?>("filter") ?? new SanctionFilterInput();
                var filter = new SanctionFilter
                {
                    Authority = input.Authority,
                    Program = input.Program,
                    ListedFrom = input.ListedFrom?.Earliest,
                    ListedTo = input.ListedTo?.Latest,
                    TargetId = input.Target,
                    FirstSeenFrom = input.FirstSeenFrom?.Earliest,
                    ActiveOn = ActiveOn(input.ActiveOn, c.GetArgument<PartialDate?>(DayArguments.AsOf)),
                    KnownAsOf = DayArguments.Day(c, DayArguments.KnownAsOf),
                    Dataset = input.Dataset,
                };
                return new ConnectionPage<Sanction>(await Paged(() => c.Store().ListSanctionsAsync(filter, page, c.CancellationToken)), page.After is not null);
            });

        Field<NonNullGraphType<DesignationChangeConnectionType>>("changes")
            .Description("The change feed: designations added (first listed or first seen in a publication) or ended (delisted) on or after a date, oldest first, with who imposed them.")
            .Argument<NonNullGraphType<DateGraphType>>("since", "The first date to include. A partial date counts from its first day.")
            .Argument<StringGraphType>("authority", "Keep changes by this authority: its id, name or alias, ignoring case, e.g. \"OFAC\".")
            .Argument<StringGraphType>("dataset", "Keep changes of this list, e.g. \"us_ofac_sdn\".")
            .Argument<IntGraphType>("first", $"The page size, 0 to {PageRequest.MaxSize}; {DefaultPageSize} when omitted.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var page = PageArguments(c);
                var filter = new ChangeFilter(c.GetArgument<PartialDate>("since").Earliest)
                {
                    Authority = c.GetArgument<string?>("authority"),
                    Dataset = c.GetArgument<string?>("dataset"),
                };
                return new ConnectionPage<DesignationChange>(await Paged(() => c.Store().ListChangesAsync(filter, page, c.CancellationToken)), page.After is not null);
            });

        Field<NonNullGraphType<ListDiffType>>("listDiff")
            .Description("What changed on a list between two days, as the service's copies of it said then (knownAsOf): the designations added and those ended between the publication in force on `from` and the one in force on `to`. Hand-written sanctions count by their listing and end dates.")
            .Argument<StringGraphType>("authority", "Compare this authority's designations: its id, name or alias, ignoring case, e.g. \"OFAC\". Omit for every authority.")
            .Argument<StringGraphType>("dataset", "Compare this list, e.g. \"us_ofac_sdn\". Omit for every list and the hand-written facts.")
            .Argument<NonNullGraphType<DateGraphType>>("from", "The earlier day (YYYY-MM-DD).")
            .Argument<NonNullGraphType<DateGraphType>>("to", "The later day (YYYY-MM-DD), on or after `from`.")
            .Argument<IntGraphType>("first", $"How many of the added and of the ended designations to return, 0 to {PageRequest.MaxSize}; the counts are whole whatever it is.", a => a.DefaultValue = DefaultListDiffItems)
            .ResolveAsync(async c =>
            {
                var from = DayArguments.WholeDay(c.GetArgument<PartialDate>("from"), "from");
                var to = DayArguments.WholeDay(c.GetArgument<PartialDate>("to"), "to");
                if (to < from) throw GraphErrors.BadInput("to", $"must be on or after from ({from:yyyy-MM-dd}), not {to:yyyy-MM-dd}.");
                var query = new SanctionDiffQuery(from, to, GraphErrors.Range(c.GetArgument("first", DefaultListDiffItems), "first", 0, PageRequest.MaxSize))
                {
                    Authority = c.GetArgument<string?>("authority"),
                    Dataset = c.GetArgument<string?>("dataset"),
                };
                return await c.Store().DiffSanctionsAsync(query, c.CancellationToken);
            });
    }

    /// <summary>The day a sanction list is read on: the filter's activeOn or the asOf argument, which must agree when both are given.</summary>
    private static DateOnly? ActiveOn(PartialDate? activeOn, PartialDate? asOf)
    {
        var day = asOf is { } given ? DayArguments.WholeDay(given, DayArguments.AsOf) : (DateOnly?)null;
        if (activeOn is not { } filtered) return day;
        return day is null || day == filtered.Earliest
            ? filtered.Earliest
            : throw GraphErrors.BadInput(DayArguments.AsOf, $"differs from filter.activeOn ({filtered}); give one of them.");
    }
}
