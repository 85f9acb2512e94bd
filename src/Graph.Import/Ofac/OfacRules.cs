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

    /// <summary>
    /// Checks the number of fields, then, only when it is right, the rules in <paramref name="fieldRules"/>:
    /// with a field missing, every later field would be read from the wrong column.
    /// </summary>
    public static void HasColumns<T>(this AbstractValidator<T> validator, IReadOnlyList<string> columns, Action fieldRules)
        where T : OfacRow
    {
        validator.RuleFor(row => row.Record).Custom((record, context) =>
        {
            var count = record.Fields.Count;
            if (count == columns.Count) return;
            var field = count < columns.Count ? columns[count] : "(record)";
            var problem = count < columns.Count ? $"is missing: the record has {count} fields" : $"the record has {count} fields";
            context.AddFailure(new ValidationFailure(field,
                $"{problem}; a row of this file has {columns.Count}: {string.Join(", ", columns)}."));
        });
        validator.When(row => row.Record.Fields.Count == columns.Count, fieldRules);
    }

    public static IRuleBuilderOptions<T, string?> IsEntryNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Required()
            .Must(text => text is null || ParseNumber(text) is not null)
            .WithMessage("'{PropertyValue}' is not a number; OFAC numbers its records with positive whole numbers.");

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is not null).WithMessage("is required; the file has no value here.");
}
