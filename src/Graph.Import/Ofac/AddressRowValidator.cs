using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class AddressRowValidator : AbstractValidator<AddressRow>
{
    public AddressRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.AddNum).IsEntryNumber().OverridePropertyName("Add_num").InCompleteRows();
    }
}
