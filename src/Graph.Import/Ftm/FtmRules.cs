using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>Rules that several FtM validators share. Field names are JSON paths within the entity object.</summary>
internal static class FtmRules
{
    /// <summary>The first value of a date property, the one the mapper reads, must be an FtM date.</summary>
    public static void HasDate(this AbstractValidator<FtmRecord> validator, string property) =>
        validator.RuleFor(r => r.First(property))
            .Must(FtmDates.IsAbsentOrValid)
            .WithMessage($"'{{PropertyValue}}' is not {FtmDates.Expected}.")
            .OverridePropertyName("properties." + property);

    /// <summary>A property the mapper cannot do without, such as the endpoint of an edge.</summary>
    public static void Requires(this AbstractValidator<FtmRecord> validator, string property, string why) =>
        validator.RuleFor(r => r.First(property))
            .NotNull()
            .WithMessage($"is required: {why}")
            .OverridePropertyName("properties." + property);
}
