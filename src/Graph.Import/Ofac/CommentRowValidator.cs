using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class CommentRowValidator : AbstractValidator<CommentRow>
{
    public CommentRowValidator() => this.HasColumns(OfacColumns.Comments, () =>
    {
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num");
        RuleFor(r => r.RemarksExtended).Required().OverridePropertyName("Remarks_Extended");
    });
}
