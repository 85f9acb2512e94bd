using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>An edge schema (Ownership, Family, Payment…) must name both of its ends and have readable dates.</summary>
internal sealed class FtmEdgeValidator : AbstractValidator<FtmRecord>
{
    public FtmEdgeValidator(FtmEdgeSchema edge)
    {
        this.HasRecordRules();
        var why = $"an FtM {edge.Schema} joins its {edge.From} to its {edge.To}, each given by entity id.";
        this.Requires(edge.From, why);
        this.Requires(edge.To, why);
        this.HasDates(FtmRules.DateProperties("startDate", "endDate", "date"));
    }
}
