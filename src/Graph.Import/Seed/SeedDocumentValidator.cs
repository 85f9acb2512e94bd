using FluentValidation;

namespace Graph.Import.Seed;

internal sealed class SeedDocumentValidator : AbstractValidator<SeedDocument>
{
    public SeedDocumentValidator()
    {
        RuleFor(d => d.Id).IsSeedId().OverridePropertyName("id");
        RuleFor(d => d.Title).Required().OverridePropertyName("title");
        RuleFor(d => d.PublishedOn).IsPartialDate().OverridePropertyName("publishedOn");
        RuleFor(d => d.Url)
            .Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("'{PropertyValue}' is not an http or https address.")
            .OverridePropertyName("url");
    }
}
