using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class AddressRowValidator : AbstractValidator<AddressRow>
{
    public AddressRowValidator() => this.HasColumns(OfacColumns.Add, () =>
    {
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num");
        RuleFor(r => r.AddNum).IsEntryNumber().OverridePropertyName("Add_num");
    });
}
