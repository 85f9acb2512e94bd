using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>A Sanction must name its target and, in one way or another, the authority that imposed it.</summary>
internal sealed class FtmSanctionValidator : FtmValidator
{
    private static readonly (string Field, Func<FtmRecord, string?> Value)[] Dates = FtmRules.DateProperties("listingDate", "startDate", "endDate");

    public FtmSanctionValidator()
    {
        this.HasRecordRules();
        this.Requires("entity", "the id of the sanctioned entity.");
        RuleFor(r => FtmSanctionAuthority.NameOf(r))
            .NotNull()
            .WithMessage("is required: the name of the authority that imposed the sanction; without it, a publisher or a dataset stands in for it.")
            .OverridePropertyName("properties.authority");
        this.HasDates(Dates);
    }

    public override bool Passes(FtmRecord record) =>
        FtmRules.PassesRecordRules(record) && record.First("entity") is not null && FtmSanctionAuthority.NameOf(record) is not null
        && FtmRules.DatesValid(record, Dates);
}
