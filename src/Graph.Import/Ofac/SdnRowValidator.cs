using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class SdnRowValidator : OfacRowValidator<SdnRow>
{
    private static readonly string[] Types = ["individual", "vessel", "aircraft"];

    public SdnRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.Name).Required().OverridePropertyName("SDN_Name").InCompleteRows();
        RuleFor(r => r.Type)
            .Must(IsType)
            .WithMessage($"'{{PropertyValue}}' is not a type; use one of: {string.Join(", ", Types)}, or -0- for an entity.")
            .OverridePropertyName("SDN_Type")
            .InCompleteRows();
    }

    public override bool Passes(SdnRow row) =>
        row.IsComplete && OfacRules.IsEntryNumber(row.EntNum) && row.Name is not null && IsType(row.Type);

    private static bool IsType(string? type) => type is null || Types.Contains(type, StringComparer.OrdinalIgnoreCase);
}
