using System.Runtime.CompilerServices;
using Graph.GraphQL;
using Graph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.GraphQL;

public sealed class SchemaTests : IDisposable
{
    private readonly GraphApp _app = new();

    private ISchema Schema
    {
        get
        {
            var schema = _app.Services.GetRequiredService<GraphSchema>();
            schema.Initialize();
            return schema;
        }
    }

    /// <summary>
    /// The printed schema is approved: a change to it shows in review as a change to Snapshots/schema.graphql.
    /// To approve a change on purpose, run the tests with UPDATE_SNAPSHOTS=1 and commit the file.
    /// </summary>
    [Fact]
    public void The_printed_schema_matches_the_approved_snapshot()
    {
        var printed = Schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var snapshot = SnapshotPath();

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1") File.WriteAllText(snapshot, printed);

        Assert.True(File.Exists(snapshot), $"No approved snapshot at {snapshot}; run with UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), printed);
    }

    [Fact]
    public void Every_type_field_and_argument_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType { Name: "String" or "Int" or "Float" or "Boolean" or "ID" }))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_contract_types_are_all_there()
    {
        var types = Schema.AllTypes.Select(t => t.Name).ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            "Date", "EntityKind", "Entity", "Person", "Organization", "Company", "PublicBody", "Country", "Position", "Event",
            "Sanction", "Relationship", "Source", "SearchHit", "EntityConnection", "SanctionConnection", "SanctionFilter", "PageInfo",
        }, types);
    }

    public void Dispose() => _app.Dispose();

    private static string SnapshotPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Snapshots", "schema.graphql");
}
