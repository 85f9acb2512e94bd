using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Types;

internal sealed class ChangeKindGraphType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindGraphType()
    {
        Name = "ChangeKind";
        Description = "What happened to a designation.";
        foreach (var value in Values)
        {
            value.Description = (ChangeKind)value.Value! == ChangeKind.Added
                ? "The sanction was listed, or first seen in a publication of its list."
                : "The sanction ended: delisted from its list, or given an end date.";
        }
    }
}
