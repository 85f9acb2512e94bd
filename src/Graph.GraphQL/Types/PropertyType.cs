using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class PropertyType : ObjectGraphType<KeyValuePair<string, IReadOnlyList<string>>>
{
    public PropertyType()
    {
        Name = "Property";
        Description = "One FollowTheMoney property of an entity, such as nationality or birthDate, with its values.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The FollowTheMoney property name.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values").Description("The values, as strings.").Resolve(c => c.Source.Value);
    }
}
