using System.Text.RegularExpressions;
using FluentValidation;
using Graph.Domain.Model;

namespace Graph.Import.Seed;

/// <summary>Rules that several seed validators share.</summary>
internal static partial class SeedRules
{
    public static IRuleBuilderOptions<T, string?> IsSeedId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required.")
            .Must(id => id is null || SlugPattern().IsMatch(id))
            .WithMessage("'{PropertyValue}' is not an id: use lowercase letters, digits and '-', starting with a letter or digit.");

    public static IRuleBuilderOptions<T, string?> IsPartialDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || PartialDate.TryParse(text, out _))
            .WithMessage("'{PropertyValue}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("is required.");

    public static void NotBefore<T>(this AbstractValidator<T> validator, Func<T, string?> start, Func<T, string?> end, string endName, string startName) =>
        validator.RuleFor(r => end(r))
            .Must((r, e) => !PartialDate.TryParse(start(r), out var s) || !PartialDate.TryParse(e, out var d) || d.Latest >= s.Earliest)
            .WithMessage(r => $"'{end(r)}' is before {startName} '{start(r)}'.")
            .OverridePropertyName(endName);

    public static void HasSources<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<SeedSourceRef>> sources)
    {
        validator.RuleFor(r => sources(r)).NotEmpty().WithMessage("every fact needs at least one source with a quote.").OverridePropertyName("sources");
        validator.RuleForEach(r => sources(r)).SetValidator(new SeedSourceRefValidator()).OverridePropertyName("sources");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}
