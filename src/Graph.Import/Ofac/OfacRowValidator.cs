using FluentValidation;

namespace Graph.Import.Ofac;

/// <summary>
/// A validator of one OFAC file's rows that can also tell, without FluentValidation's work on each of the tens of
/// thousands of rows of a publication, that a row breaks none of its rules. Each validator states its rules once
/// with the predicates of <see cref="OfacRules"/> and composes <see cref="Passes"/> from the same predicates; only a
/// row that fails it is validated, for the messages.
/// </summary>
internal abstract class OfacRowValidator<T> : AbstractValidator<T>
    where T : OfacRow
{
    /// <summary>True exactly when <c>Validate(row)</c> would find no failure.</summary>
    public abstract bool Passes(T row);
}
