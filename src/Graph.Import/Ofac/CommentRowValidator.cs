using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class CommentRowValidator : AbstractValidator<CommentRow>
{
    public CommentRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.RemarksExtended).Required().OverridePropertyName("Remarks_Extended").InCompleteRows();
    }
}
