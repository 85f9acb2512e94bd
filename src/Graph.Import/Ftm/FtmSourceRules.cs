using FluentValidation;
using Graph.Domain.Model;

namespace Graph.Import.Ftm;

/// <summary>The rules for a line's own "sources": each names its document and gives its date, if any, as a partial date.</summary>
internal static class FtmSourceRules
{
    /// <summary>One rule for the whole list, which most lines do not carry; each bad source is reported by its index.</summary>
    public static void HasSourceRules(this AbstractValidator<FtmRecord> validator) =>
        validator.RuleFor(r => r).Custom((record, context) =>
        {
            var sources = record.Sources ?? [];
            for (var i = 0; i < sources.Count; i++)
            {
                if (!HasTitle(sources[i]))
                {
                    context.AddFailure($"sources[{i}].title", "is required: the title of the document the source cites.");
                }
                if (!HasDateOrNone(sources[i]))
                {
                    context.AddFailure($"sources[{i}].publishedOn", $"'{sources[i].PublishedOn}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
                }
            }
        });

    /// <summary>The rules of <see cref="HasSourceRules"/> as one predicate, for <see cref="FtmValidator.Passes"/>.</summary>
    public static bool SourcesValid(FtmRecord record)
    {
        if (record.Sources is not { } sources) return true;
        for (var i = 0; i < sources.Count; i++)
        {
            if (!HasTitle(sources[i]) || !HasDateOrNone(sources[i])) return false;
        }
        return true;
    }

    private static bool HasTitle(FtmSourceFields source) => !string.IsNullOrWhiteSpace(source.Title);

    private static bool HasDateOrNone(FtmSourceFields source) => source.PublishedOn is null || PartialDate.TryParse(source.PublishedOn, out _);
}
