using System.ComponentModel;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Query;

internal sealed class QuerySettings : StoreSettings
{
    [CommandArgument(0, "<GRAPHQL>")]
    [Description("The GraphQL document, e.g. '{ entity(id: \"sadio-camara\") { name } }'. Mutations run as the owner of the store file.")]
    public string Document { get; init; } = "";

    [CommandOption("--variables <JSON>")]
    [Description("The variables as a JSON object.")]
    public string? Variables { get; init; }

    [CommandOption("--operation <NAME>")]
    [Description("The operation to run when the document holds several.")]
    public string? Operation { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Document)) return ValidationResult.Error("Give a GraphQL document to run.");
        if (Variables is null) return ValidationResult.Success();
        try
        {
            using var parsed = JsonDocument.Parse(Variables);
            return parsed.RootElement.ValueKind == JsonValueKind.Object ? ValidationResult.Success() : ValidationResult.Error("--variables must be a JSON object.");
        }
        catch (JsonException e)
        {
            return ValidationResult.Error($"--variables is not valid JSON: {e.Message}");
        }
    }
}
