using FluentValidation;
using Graph.Domain.Model;

namespace Graph.Import.Seed;

internal sealed class SeedRelationshipValidator : AbstractValidator<SeedRelationship>
{
    public SeedRelationshipValidator()
    {
        RuleFor(r => r.Id).IsSeedId().OverridePropertyName("id");
        RuleFor(r => r.Type)
            .Required()
            .Must(type => type is null || RelationshipTypes.IsKnown(type))
            .WithMessage($"'{{PropertyValue}}' is not a relationship type; use one of: {string.Join(", ", RelationshipTypes.All.Keys)}.")
            .OverridePropertyName("type");
        RuleFor(r => r.From).Required().OverridePropertyName("from");
        RuleFor(r => r.To).Required()
            .NotEqual(r => r.From).WithMessage("a relationship must join two different entities.")
            .OverridePropertyName("to");
        RuleFor(r => r.StartDate).IsPartialDate().OverridePropertyName("startDate");
        RuleFor(r => r.EndDate).IsPartialDate().OverridePropertyName("endDate");
        this.NotBefore(r => r.StartDate, r => r.EndDate, "endDate", "startDate");
        this.HasSources(r => r.Sources);
    }
}
