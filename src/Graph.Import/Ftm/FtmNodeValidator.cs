using FluentValidation;

namespace Graph.Import.Ftm;

/// <summary>An entity the graph keeps as a node (Person, Company, Vessel, Event…) must have some name.</summary>
internal sealed class FtmNodeValidator : FtmValidator
{
    public FtmNodeValidator()
    {
        this.HasRecordRules();
        RuleFor(r => FtmNames.MainName(r))
            .NotNull()
            .WithMessage("is required: give a name, a caption or an alias; every entity of the graph has a name.")
            .OverridePropertyName("properties.name");
    }

    public override bool Passes(FtmRecord record) => FtmRules.PassesRecordRules(record) && FtmNames.MainName(record) is not null;
}
