using FluentValidation;

namespace Graph.Import.Seed;

internal sealed class SeedSanctionValidator : AbstractValidator<SeedSanction>
{
    public SeedSanctionValidator()
    {
        RuleFor(s => s.Id).IsSeedId().OverridePropertyName("id");
        RuleFor(s => s.Authority).Required().WithMessage("names the entity that imposed the sanction and is required.").OverridePropertyName("authority");
        RuleFor(s => s.Target).Required().WithMessage("names the sanctioned entity and is required.").OverridePropertyName("target");
        RuleForEach(s => s.Programs).NotEmpty().OverridePropertyName("programs");
        RuleFor(s => s.ListedOn).IsPartialDate().OverridePropertyName("listedOn");
        RuleFor(s => s.EndedOn).IsPartialDate().OverridePropertyName("endedOn");
        this.NotBefore(s => s.ListedOn, s => s.EndedOn, "endedOn", "listedOn");
        this.HasSources(s => s.Sources);
    }
}
