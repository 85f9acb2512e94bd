using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class AddressRowValidator : OfacRowValidator<AddressRow>
{
    public AddressRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.AddNum).IsEntryNumber().OverridePropertyName("Add_num").InCompleteRows();
    }

    public override bool Passes(AddressRow row) =>
        row.IsComplete && OfacRules.IsEntryNumber(row.EntNum) && OfacRules.IsEntryNumber(row.AddNum);
}
