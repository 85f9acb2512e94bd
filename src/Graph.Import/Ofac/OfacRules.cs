using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Graph.Import.Ofac;

/// <summary>Rules that the validators of the four OFAC files share.</summary>
internal static class OfacRules
{
    /// <summary>A positive whole number written with digits only, as OFAC writes its ids.</summary>
    public static int? ParseNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    /// <summary>Checks that the record has as many fields as its file has columns, naming the first one missing.</summary>
    public static void HasAllColumns<T>(this AbstractValidator<T> validator)
        where T : OfacRow =>
        validator.RuleFor(row => row).Custom((row, context) =>
        {
            if (row.IsComplete) return;
            var (count, columns) = (row.Record.Fields.Count, row.Columns);
            var field = count < columns.Count ? columns[count] : "(record)";
            var problem = count < columns.Count ? $"is missing: the record has {count} fields" : $"the record has {count} fields";
            context.AddFailure(new ValidationFailure(field,
                $"{problem}; a row of this file has {columns.Count}: {string.Join(", ", columns)}."));
        });

    /// <summary>
    /// Checks a field only when the record has all its columns: with one missing, every later field is read from the
    /// wrong column. (A rule-level condition: a shared When() would cache its result per row, which costs more.)
    /// </summary>
    public static IRuleBuilderOptions<T, TField> InCompleteRows<T, TField>(this IRuleBuilderOptions<T, TField> rule)
        where T : OfacRow =>
        rule.When(row => row.IsComplete, ApplyConditionTo.AllValidators);

    /// <summary>The predicate of <see cref="IsEntryNumber"/>: a value, and a number.</summary>
    public static bool IsEntryNumber(string? text) => ParseNumber(text) is not null;

    public static IRuleBuilderOptions<T, string?> IsEntryNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Required()
            .Must(text => text is null || IsEntryNumber(text))
            .WithMessage("'{PropertyValue}' is not a number; OFAC numbers its records with positive whole numbers.");

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is not null).WithMessage("is required; the file has no value here.");
}
