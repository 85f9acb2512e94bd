using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class AltRowValidator : OfacRowValidator<AltRow>
{
    private static readonly string[] Types = ["aka", "fka", "nka"];

    public AltRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.AltNum).IsEntryNumber().OverridePropertyName("alt_num").InCompleteRows();
        RuleFor(r => r.AltType)
            .Must(IsType)
            .WithMessage($"'{{PropertyValue}}' is not a type of name; use one of: {string.Join(", ", Types)}.")
            .OverridePropertyName("alt_type")
            .InCompleteRows();
        RuleFor(r => r.AltName).Required().OverridePropertyName("alt_name").InCompleteRows();
    }

    public override bool Passes(AltRow row) =>
        row.IsComplete && OfacRules.IsEntryNumber(row.EntNum) && OfacRules.IsEntryNumber(row.AltNum) && IsType(row.AltType) && row.AltName is not null;

    private static bool IsType(string? type) => type is not null && Types.Contains(type, StringComparer.OrdinalIgnoreCase);
}
