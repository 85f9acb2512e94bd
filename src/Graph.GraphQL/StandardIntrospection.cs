using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Graph.GraphQL;

/// <summary>
/// Completes GraphQL.NET 8's introspection types with what graphql-js's standard introspection query asks for
/// (`getIntrospectionQuery` with every option on, as IDEs, codegen and Postman send it), so that it validates:
/// `__Type.specifiedByURL` (GraphQL spec, October 2021) and `__Directive.args(includeDeprecated:)` (September 2025).
/// `isRepeatable` and the deprecation of arguments and input fields are GraphQL.NET schema features of their own.
/// </summary>
internal static class StandardIntrospection
{
    private const string IncludeDeprecated = "includeDeprecated";

    /// <summary>Adds the missing fields and arguments to an introspection type before the schema initializes it.</summary>
    public static void Complete(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type when !type.HasField("specifiedByURL"):
                // No scalar of this schema points at a specification of its format.
                type.Field<StringGraphType>("specifiedByURL")
                    .Description("A URL to the specification of a custom scalar's data format; null when it names none.")
                    .Resolve(_ => null);
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, object>(context =>
                {
                    var includeDeprecated = context.GetArgument(IncludeDeprecated, false);
                    return context.Source.Arguments?
                        .Where(argument => includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason))
                        .ToList() ?? [];
                });
                break;
        }
    }
}
