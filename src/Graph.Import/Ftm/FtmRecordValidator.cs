using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>What every line needs, whatever its schema: an id, a schema unless it deletes, and readable timestamps.</summary>
internal sealed class FtmRecordValidator : AbstractValidator<FtmRecord>
{
    public FtmRecordValidator() => this.HasRecordRules();
}
