using Graph.Domain.Matching;
using Graph.Domain.Matching.Xref;
using Graph.GraphQL.Types;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using DateGraphType = Graph.GraphQL.Types.DateGraphType;

namespace Graph.GraphQL;

internal sealed partial class GraphQuery : ObjectGraphType
{
    internal const int DefaultPageSize = 25;
    internal const int DefaultSearchHits = 10;
    internal const int DefaultPathHops = 4;
    internal const int DefaultNeighbourhoodLimit = 500;
    private const int MaxHops = 6;
    private const int MaxNeighbourhoodHops = 4;
    private const int MaxNeighbourhoodLimit = 5000;

    /// <summary>The most entities one request cross-references; past it, `graph xref` runs on the store without a bound.</summary>
    private const int MaxXrefEntities = 250_000;

    public GraphQuery()
    {
        Name = "Query";
        Description = "Read the sanctions graph: look entities up, search names, list sanctions, and follow relationships.";

        Field<EntityInterface>("entity")
            .Description("The entity with this id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's id, e.g. \"sadio-camara\".")
            .WithDays()
            .Resolve(c =>
            {
                DayArguments.Timing(c);
                return c.Loaders().Entity(c.GetArgument<string>("id"));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Entities whose name or an alias matches, best first. Case, diacritics, punctuation and word order do not matter: \"Assimi Goita\" finds \"Assimi Goïta\", \"Sadio Camara\" finds \"CAMARA, Sadio\". A word also matches longer words it begins.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "The words to look for.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Keep only these kinds. Omit for every kind.")
            .Argument<IntGraphType>("first", $"How many hits to return, 1 to {SearchQuery.MaxLimit}.", a => a.DefaultValue = DefaultSearchHits)
            .WithDays()
            .ResolveAsync(async c =>
            {
                DayArguments.Timing(c);
                return await c.Store().SearchAsync(new SearchQuery(
                    BoundedSearchText(c.GetArgument<string>("query")),
                    c.GetArgument<List<EntityKind>?>("kinds") ?? [],
                    GraphErrors.Range(c.GetArgument("first", DefaultSearchHits), "first", 1, SearchQuery.MaxLimit)), c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchHitType>>>>("match")
            .Description("Which entities a party is, how sure and why: candidates scored on their names (in any script, order and romanisation, legal forms aside) and on what the query also knows (birth date, countries, gender, identifiers), best first.")
            .Argument<NonNullGraphType<MatchQueryInputType>>("query", "What is known of the party.")
            .Argument<IntGraphType>("first", $"How many hits to return, 1 to {MatchOptions.MaxFirst}.", a => a.DefaultValue = MatchOptions.DefaultFirst)
            .Argument<FloatGraphType>("threshold", "The score from which a hit is a match, 0 to 1. With 0, the first best candidates come back whatever they score.", a => a.DefaultValue = MatchOptions.DefaultThreshold)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<EntityMatcher>().MatchAsync(
                c.GetArgument<MatchQuery>("query"),
                new MatchOptions(
                    GraphErrors.Range(c.GetArgument("first", MatchOptions.DefaultFirst), "first", 1, MatchOptions.MaxFirst),
                    Threshold(c.GetArgument("threshold", MatchOptions.DefaultThreshold), "threshold")),
                c.CancellationToken));

        Field<NonNullGraphType<SameAsCandidateConnectionType>>("sameAsCandidates")
            .Description("Cross-referencing: pairs of entities of different datasets that may be one party, best first, never merged. Pairs already linked (linkSameAs) or rejected (rejectSameAs) are left out. Datasets are those of an entity's sanctions, or \"seed\" for the hand-written facts.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("datasets", "Compare these datasets with each other (one alone: with every other). Omit to compare every dataset with every other.")
            .Argument<FloatGraphType>("minScore", "The least score a proposal has, 0 to 1.", a => a.DefaultValue = MatchOptions.DefaultThreshold)
            .Argument<IntGraphType>("first", $"The page size, 0 to {PageRequest.MaxSize}; {DefaultPageSize} when omitted.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var page = PageArguments(c);
                var scope = XrefScope.Among(c.GetArgument<List<string>?>("datasets") ?? []);
                var minScore = Threshold(c.GetArgument("minScore", MatchOptions.DefaultThreshold), "minScore");
                IReadOnlyList<SameAsCandidate> proposals;
                try
                {
                    proposals = await c.RequestServices!.GetRequiredService<SameAsProposer>().ProposeAsync(scope, minScore, MaxXrefEntities, c.CancellationToken);
                }
                catch (XrefTooLargeException e)
                {
                    throw GraphErrors.BadInput("datasets", e.Message);
                }
                return new ConnectionPage<SameAsCandidate>(PageOf(proposals, page), page.After is not null);
            });

        Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("Every entity, page by page, in the order they were added.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Keep only these kinds. Omit for every kind.")
            .Argument<IntGraphType>("first", $"The page size, 0 to {PageRequest.MaxSize}; {DefaultPageSize} when omitted.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .WithDays()
            .ResolveAsync(async c =>
            {
                DayArguments.Timing(c);
                var page = PageArguments(c);
                var filter = new EntityFilter(c.GetArgument<List<EntityKind>?>("kinds") ?? []);
                return new ConnectionPage<Entity>(await Paged(() => c.Store().ListEntitiesAsync(filter, page, c.CancellationToken)), page.After is not null);
            });

        AddListFields();
        AddNetworkFields();

        Field<NonNullGraphType<StatisticsType>>("statistics")
            .Description("How many entities, sanctions and relationships the graph holds.")
            .ResolveAsync(async c => await c.Store().GetStatisticsAsync(c.CancellationToken));
    }

    /// <summary>
    /// The search text, refused when it is longer or has more distinct words than a search may look for: the work of
    /// a search grows with its words, and a name with its titles fits many times within both bounds.
    /// </summary>
    private static string BoundedSearchText(string text)
    {
        if (text.Length > SearchQuery.MaxTextLength)
        {
            throw GraphErrors.BadInput("query", $"must be at most {SearchQuery.MaxTextLength} characters long, not {text.Length}.");
        }
        var words = NameTokens.Of(text).Distinct(StringComparer.Ordinal).Count();
        return words <= SearchQuery.MaxWords
            ? text
            : throw GraphErrors.BadInput("query", $"must have at most {SearchQuery.MaxWords} distinct words, not {words}.");
    }

    private static double Threshold(double threshold, string argument) =>
        threshold is >= 0 and <= 1 ? threshold : throw GraphErrors.BadInput(argument, $"must be between 0 and 1, not {threshold}.");

    /// <summary>One page of a list computed whole, with cursors that are positions in it.</summary>
    private static Page<T> PageOf<T>(IReadOnlyList<T> all, PageRequest page)
    {
        var start = (int)Math.Min(SequenceCursor.Decode(page.After), all.Count);
        var items = all.Skip(start).Take(page.First).Select((node, i) => new PageItem<T>(node, SequenceCursor.Encode(start + i + 1))).ToList();
        return new Page<T>(items, start + items.Count < all.Count, all.Count);
    }

    private static PageRequest PageArguments(IResolveFieldContext c) =>
        new(GraphErrors.Range(c.GetArgument("first", DefaultPageSize), "first", 0, PageRequest.MaxSize), c.GetArgument<string?>("after"));

    private static async Task<T> Paged<T>(Func<Task<T>> list)
    {
        try
        {
            return await list();
        }
        catch (InvalidCursorException e)
        {
            throw new ExecutionError(e.Message) { Code = GraphErrors.InvalidCursor };
        }
    }
}
