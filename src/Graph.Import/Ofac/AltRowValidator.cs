using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class AltRowValidator : AbstractValidator<AltRow>
{
    private static readonly string[] Types = ["aka", "fka", "nka"];

    public AltRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.AltNum).IsEntryNumber().OverridePropertyName("alt_num").InCompleteRows();
        RuleFor(r => r.AltType)
            .Must(type => type is not null && Types.Contains(type, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'{{PropertyValue}}' is not a type of name; use one of: {string.Join(", ", Types)}.")
            .OverridePropertyName("alt_type")
            .InCompleteRows();
        RuleFor(r => r.AltName).Required().OverridePropertyName("alt_name").InCompleteRows();
    }
}
