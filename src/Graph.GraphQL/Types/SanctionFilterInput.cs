namespace Graph.GraphQL.Types;

/// <summary>The SanctionFilter argument as the resolver reads it.</summary>
internal sealed class SanctionFilterInput
{
    public string? Authority { get; set; }
    public string? Program { get; set; }
    public Domain.Model.PartialDate? ListedFrom { get; set; }
    public Domain.Model.PartialDate? ListedTo { get; set; }
    public string? Target { get; set; }
    public Domain.Model.PartialDate? FirstSeenFrom { get; set; }
    public Domain.Model.PartialDate? ActiveOn { get; set; }
    public string? Dataset { get; set; }
}
