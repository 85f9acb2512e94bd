using FluentValidation;

namespace Graph.Import.Ofac;

internal sealed class CommentRowValidator : OfacRowValidator<CommentRow>
{
    public CommentRowValidator()
    {
        this.HasAllColumns();
        RuleFor(r => r.EntNum).IsEntryNumber().OverridePropertyName("ent_num").InCompleteRows();
        RuleFor(r => r.RemarksExtended).Required().OverridePropertyName("Remarks_Extended").InCompleteRows();
    }

    public override bool Passes(CommentRow row) =>
        row.IsComplete && OfacRules.IsEntryNumber(row.EntNum) && row.RemarksExtended is not null;
}
