namespace Graph.Import.Ftm;

/// <summary>What every line needs, whatever its schema: an id, a schema unless it deletes, readable timestamps and, when it carries its own, sources with titles.</summary>
internal sealed class FtmRecordValidator : FtmValidator
{
    public FtmRecordValidator() => this.HasRecordRules();

    public override bool Passes(FtmRecord record) => FtmRules.PassesRecordRules(record);
}
