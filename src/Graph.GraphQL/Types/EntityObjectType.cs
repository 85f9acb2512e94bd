using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

/// <summary>The object type of one entity kind: the shared entity fields, plus whatever the subclass adds.</summary>
internal abstract class EntityObjectType : ObjectGraphType<Entity>
{
    protected EntityObjectType(string name, EntityKind kind, string description)
    {
        Name = name;
        Description = description;
        Interface<EntityInterface>();
        IsTypeOf = value => value is Entity entity && entity.Kind == kind;
        EntityFields.AddTo(this);
    }

    protected void StringProperty(string field, string property, string description) =>
        Field<StringGraphType>(field).Description(description).Resolve(c => c.Source.Property(property) is [var first, ..] ? first : null);

    protected void StringListProperty(string field, string property, string description) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(field).Description(description).Resolve(c => c.Source.Property(property));

    protected void DateProperty(string field, string property, string description) =>
        Field<DateGraphType>(field).Description(description).Resolve(c => EntityFields.DateProperty(c.Source, property));
}
