using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>What every line needs, whatever its schema: an id, a schema unless it deletes, and readable dates.</summary>
internal sealed class FtmRecordValidator : AbstractValidator<FtmRecord>
{
    public FtmRecordValidator() => this.HasRecordRules();
}

internal static class FtmRecordRules
{
    /// <summary>
    /// The rules of <see cref="FtmRecordValidator"/>, for the schema validators to start with: an Include would
    /// cost a child validation context on every line.
    /// </summary>
    public static void HasRecordRules(this AbstractValidator<FtmRecord> validator)
    {
        validator.RuleFor(r => r.Op)
            .Must(op => op is null or "ADD" or "MOD" or "DEL")
            .WithMessage("'{PropertyValue}' is not a delta operation; use ADD, MOD or DEL.")
            .OverridePropertyName("op");
        validator.RuleFor(r => r.Id)
            .Must(id => !string.IsNullOrWhiteSpace(id))
            .WithMessage("is required: the FtM id becomes the id of the entity, sanction or relationship.")
            .OverridePropertyName("id");
        validator.RuleFor(r => r.Schema)
            .Must(schema => !string.IsNullOrWhiteSpace(schema))
            .When(r => !r.IsDelete)
            .WithMessage("is required: the FtM schema, e.g. \"Person\", \"Sanction\" or \"Ownership\".")
            .OverridePropertyName("schema");
        foreach (var (field, value) in new (string, Func<FtmRecord, string?>)[]
                 { ("first_seen", r => r.FirstSeen), ("last_seen", r => r.LastSeen), ("last_change", r => r.LastChange) })
        {
            validator.RuleFor(r => value(r))
                .Must(FtmDates.IsAbsentOrValid)
                .WithMessage($"'{{PropertyValue}}' is not {FtmDates.Expected}.")
                .OverridePropertyName(field);
        }
    }
}
