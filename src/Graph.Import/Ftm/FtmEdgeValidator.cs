namespace Graph.Import.Ftm;

/// <summary>An edge schema (Ownership, Family, Payment…) must name both of its ends and have readable dates.</summary>
internal sealed class FtmEdgeValidator : FtmValidator
{
    private static readonly (string Field, Func<FtmRecord, string?> Value)[] Dates = FtmRules.DateProperties("startDate", "endDate", "date");
    private readonly FtmEdgeSchema _edge;

    public FtmEdgeValidator(FtmEdgeSchema edge)
    {
        _edge = edge;
        this.HasRecordRules();
        var why = $"an FtM {edge.Schema} joins its {edge.From} to its {edge.To}, each given by entity id.";
        this.Requires(edge.From, why);
        this.Requires(edge.To, why);
        this.HasDates(Dates);
    }

    public override bool Passes(FtmRecord record) =>
        FtmRules.PassesRecordRules(record) && record.First(_edge.From) is not null && record.First(_edge.To) is not null
        && FtmRules.DatesValid(record, Dates);
}
