using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Graph.GraphQL;

/// <summary>
/// The two parts of the current specification's introspection that GraphQL.NET 8 lacks and graphql-js's
/// getIntrospectionQuery() asks for with every option: <c>__Type.specifiedByURL</c> and
/// <c>__Directive.args(includeDeprecated:)</c>. Without them, IDEs and codegen that ask for them get validation errors.
/// </summary>
internal static class IntrospectionCompletion
{
    public static void Complete(IGraphType graphType)
    {
        if (graphType is __Type type && type.GetField("specifiedByURL") is null)
        {
            // No scalar of this schema names a specification.
            type.Field<StringGraphType>("specifiedByURL")
                .Description("`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.")
                .Resolve(_ => null);
        }
        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
            args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                ((IEnumerable<QueryArgument>?)context.Source.Arguments ?? []).Where(a => context.GetArgument("includeDeprecated", false) || a.DeprecationReason is null));
        }
    }
}
