using FluentValidation;

namespace Graph.Import.Seed;

internal sealed class SeedSourceRefValidator : AbstractValidator<SeedSourceRef>
{
    public SeedSourceRefValidator()
    {
        RuleFor(s => s.Document).Required().OverridePropertyName("document");
        RuleFor(s => s.Quote).Required().WithMessage("a source needs the verbatim quote that supports the fact.").OverridePropertyName("quote");
    }
}
