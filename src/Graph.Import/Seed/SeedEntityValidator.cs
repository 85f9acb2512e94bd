using FluentValidation;
using Graph.Domain.Model;

namespace Graph.Import.Seed;

internal sealed class SeedEntityValidator : AbstractValidator<SeedEntity>
{
    private static readonly string[] DateProperties = ["date", "endDate", "startDate", "birthDate", "deathDate", "incorporationDate", "dissolutionDate"];

    public SeedEntityValidator()
    {
        RuleFor(e => e.Id).IsSeedId().OverridePropertyName("id");
        RuleFor(e => e.Kind)
            .Required()
            .Must(kind => kind is null || SeedKinds.TryParse(kind, out _))
            .WithMessage($"'{{PropertyValue}}' is not a kind; use one of: {string.Join(", ", SeedKinds.Names)}.")
            .OverridePropertyName("kind");
        RuleFor(e => e.Name).Required().OverridePropertyName("name");
        RuleForEach(e => e.Aliases).NotEmpty().OverridePropertyName("aliases");
        foreach (var property in DateProperties)
        {
            RuleForEach(e => e.Properties.GetValueOrDefault(property, Array.Empty<string>()))
                .Must(value => PartialDate.TryParse(value, out _))
                .WithMessage("'{PropertyValue}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
                .OverridePropertyName($"properties.{property}");
        }
        this.HasSources(e => e.Sources);
    }
}
