using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>
/// A validator of FtM records that can also tell, without FluentValidation's allocations on each of a million
/// lines, that a record breaks none of its rules. Each validator states its rules once with the predicates of
/// <see cref="FtmRules"/> and composes <see cref="Passes"/> from the same predicates; only a record that fails it
/// is validated, for the messages.
/// </summary>
internal abstract class FtmValidator : AbstractValidator<FtmRecord>
{
    /// <summary>True exactly when <c>Validate(record)</c> would find no failure.</summary>
    public abstract bool Passes(FtmRecord record);
}
