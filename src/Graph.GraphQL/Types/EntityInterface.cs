using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A node of the graph: a person, organisation, company, public body, country, position or event. Ask for kind-specific fields with inline fragments such as `... on Event { date }`.";
        // The fields are declared once, with resolvers, on an object type; the interface takes their definitions.
        var template = new ObjectGraphType<Entity>();
        EntityFields.AddTo(template);
        foreach (var field in template.Fields)
        {
            AddField(new FieldType { Name = field.Name, Description = field.Description, Type = field.Type, Arguments = field.Arguments });
        }
    }
}
