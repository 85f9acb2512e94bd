using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace Graph.GraphQL.Cost;

/// <summary>
/// How big this schema's introspection answer really is: the counts of its types, fields, arguments, enum values and
/// directives, as totals (for a list walked once over the whole schema, such as <c>__schema { types { fields } }</c>)
/// and as the largest per owner (for a list reached from one arbitrary type, such as <c>field.type.fields</c>).
/// </summary>
internal sealed record IntrospectionSize
{
    private static readonly ConditionalWeakTable<ISchema, IntrospectionSize> Measured = [];

    public required long Types { get; init; }
    public required Spread Fields { get; init; }
    public required Spread FieldArguments { get; init; }
    public required Spread InputFields { get; init; }
    public required Spread EnumValues { get; init; }
    public required Spread Interfaces { get; init; }
    public required Spread PossibleTypes { get; init; }
    public required long Directives { get; init; }
    public required Spread DirectiveArguments { get; init; }

    /// <summary>The sizes of an initialized schema, measured once per schema instance.</summary>
    public static IntrospectionSize Of(ISchema schema) => Measured.GetValue(schema, Measure);

    private static IntrospectionSize Measure(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var outputFields = types.Where(t => t is IObjectGraphType or IInterfaceGraphType).Cast<IComplexGraphType>().ToList();
        var fields = outputFields.SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        return new IntrospectionSize
        {
            Types = types.Count,
            Fields = Spread.Of(outputFields.Select(t => t.Fields.Count)),
            FieldArguments = Spread.Of(fields.Select(f => f.Arguments?.Count ?? 0)),
            InputFields = Spread.Of(types.OfType<IInputObjectGraphType>().Select(t => t.Fields.Count)),
            EnumValues = Spread.Of(types.OfType<EnumerationGraphType>().Select(t => t.Values.Count)),
            Interfaces = Spread.Of(types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            PossibleTypes = Spread.Of(types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            Directives = directives.Count,
            DirectiveArguments = Spread.Of(directives.Select(d => d.Arguments?.Count ?? 0)),
        };
    }

    /// <summary>How many items some owners hold together, and the most one of them holds.</summary>
    internal readonly record struct Spread(long Total, long Max)
    {
        public static Spread Of(IEnumerable<int> counts)
        {
            long total = 0, max = 0;
            foreach (var count in counts)
            {
                total += count;
                max = Math.Max(max, count);
            }
            return new Spread(total, max);
        }

        /// <summary>
        /// The items per owner when every one of <paramref name="owners"/> is walked once: rounded up, so that
        /// owners × this is at least the total.
        /// </summary>
        public long PerOwner(long owners) => owners <= 0 ? Max : (Total + owners - 1) / owners;
    }
}
