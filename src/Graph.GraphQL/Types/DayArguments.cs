using Graph.Domain.Model;
using Graph.Domain.Store;
using GraphQL;
using GraphQL.Builders;

namespace Graph.GraphQL.Types;

/// <summary>
/// The <c>asOf</c> and <c>knownAsOf</c> arguments. A day given on a field holds for everything nested under it: the
/// sanctions and relationships of the entities it returns, at any depth, unless a nested field gives its own.
/// </summary>
internal static class DayArguments
{
    public const string AsOf = "asOf";
    public const string KnownAsOf = "knownAsOf";

    private const string AsOfHelp = "Read the graph as it held on this day (YYYY-MM-DD): only sanctions in force then (listed by then, not yet ended) and relationships whose start and end dates hold it; partial dates stored count as every day they may mean, open ends are open. The day also holds for the sanctions and relationships nested below, unless they give their own.";
    private const string KnownAsOfHelp = "Read sanctions as the service's copy of their lists carried them on this day (YYYY-MM-DD): for an imported list, the rows of its publication in force then, from the firstSeen and lastSeen of what was imported; a hand-written sanction as it held that day. The day also holds for the sanctions nested below, unless they give their own.";

    public static FieldBuilder<TSource, TReturn> WithAsOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<DateGraphType>(AsOf, AsOfHelp);

    public static FieldBuilder<TSource, TReturn> WithKnownAsOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<DateGraphType>(KnownAsOf, KnownAsOfHelp);

    /// <summary>Both days, for a field that reads sanctions itself or holds entities that do.</summary>
    public static FieldBuilder<TSource, TReturn> WithDays<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithAsOf().WithKnownAsOf();

    /// <summary>The day this field gives, else the day of the nearest field it is nested in that gives one, else null.</summary>
    public static DateOnly? Day(IResolveFieldContext context, string name)
    {
        for (var field = context; field is not null; field = field.Parent)
        {
            if (field.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is PartialDate date)
            {
                return WholeDay(date, name);
            }
        }
        return null;
    }

    /// <summary>The sanctions' timing this field reads with (<see cref="Day"/> of both arguments).</summary>
    public static SanctionTiming Timing(IResolveFieldContext context) =>
        new(Day(context, AsOf), Day(context, KnownAsOf));

    /// <summary>A day argument as a day; a partial date is refused, since "as of 2023" names no one day.</summary>
    public static DateOnly WholeDay(PartialDate date, string argument) =>
        date.Day is not null
            ? date.Earliest
            : throw GraphErrors.BadInput(argument, $"must be a whole day such as \"2023-07-24\", not \"{date}\".");
}
