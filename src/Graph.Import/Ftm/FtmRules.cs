using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>Rules that several FtM validators share. Field names are JSON paths within the entity object.</summary>
internal static class FtmRules
{
    private static readonly (string Field, Func<FtmRecord, string?> Value)[] Timestamps =
        [("first_seen", r => r.FirstSeen), ("last_seen", r => r.LastSeen), ("last_change", r => r.LastChange)];

    /// <summary>
    /// The rules of <see cref="FtmRecordValidator"/>, for the schema validators to start with. Not an Include:
    /// that costs a child validation context on every one of a million lines.
    /// </summary>
    public static void HasRecordRules(this AbstractValidator<FtmRecord> validator)
    {
        validator.RuleFor(r => r.Op)
            .Must(IsOperation)
            .WithMessage("'{PropertyValue}' is not a delta operation; use ADD, MOD or DEL.")
            .OverridePropertyName("op");
        validator.RuleFor(r => r.Id)
            .Must(HasText)
            .WithMessage("is required: the FtM id becomes the id of the entity, sanction or relationship.")
            .OverridePropertyName("id");
        validator.RuleFor(r => r.Schema)
            .Must((r, schema) => r.IsDelete || HasText(schema))
            .WithMessage("is required: the FtM schema, e.g. \"Person\", \"Sanction\" or \"Ownership\".")
            .OverridePropertyName("schema");
        validator.HasDates(Timestamps);
        validator.HasSourceRules();
    }

    /// <summary>The rules of <see cref="HasRecordRules"/> as one predicate, for <see cref="FtmValidator.Passes"/>.</summary>
    public static bool PassesRecordRules(FtmRecord record) =>
        IsOperation(record.Op) && HasText(record.Id) && (record.IsDelete || HasText(record.Schema)) && DatesValid(record, Timestamps)
        && FtmSourceRules.SourcesValid(record);

    /// <summary>True when every date of the group is absent or readable, as <see cref="HasDates"/> requires.</summary>
    public static bool DatesValid(FtmRecord record, (string Field, Func<FtmRecord, string?> Value)[] dates)
    {
        foreach (var (_, value) in dates)
        {
            if (!FtmDates.IsAbsentOrValid(value(record))) return false;
        }
        return true;
    }

    private static bool IsOperation(string? op) => op is null or "ADD" or "MOD" or "DEL";

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// One rule for a group of date fields that are usually absent: a rule per field would cost more than the
    /// check itself. Each bad value is still reported under its own field.
    /// </summary>
    public static void HasDates(this AbstractValidator<FtmRecord> validator, (string Field, Func<FtmRecord, string?> Value)[] dates) =>
        validator.RuleFor(r => r).Custom((record, context) =>
        {
            foreach (var (field, value) in dates)
            {
                var text = value(record);
                if (!FtmDates.IsAbsentOrValid(text)) context.AddFailure(field, $"'{text}' is not {FtmDates.Expected}.");
            }
        });

    /// <summary>The first values of date properties, the ones the mapper reads.</summary>
    public static (string Field, Func<FtmRecord, string?> Value)[] DateProperties(params string[] names) =>
        [.. names.Select(name => ("properties." + name, (Func<FtmRecord, string?>)(r => r.First(name))))];

    /// <summary>A property the mapper cannot do without, such as the endpoint of an edge.</summary>
    public static void Requires(this AbstractValidator<FtmRecord> validator, string property, string why) =>
        validator.RuleFor(r => r.First(property))
            .NotNull()
            .WithMessage($"is required: {why}")
            .OverridePropertyName("properties." + property);
}
