using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Graph.GraphQL;
using Graph.Api.Tests.Infrastructure;
using Graph.Api.Tests.Playground;
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

    /// <summary>
    /// What IDEs, codegen, Postman and the playground send to learn the schema is answered over real HTTP, and the
    /// schema graphql-js builds from the answer is the approved snapshot: the same types, fields, arguments,
    /// defaults, descriptions and deprecations. The requests come from the real graphql package, not copies.
    /// </summary>
    [Theory]
    [InlineData(IntrospectionScript.Standard, "application/json")]
    [InlineData(IntrospectionScript.Standard, "application/graphql-response+json")]
    [InlineData(IntrospectionScript.GraphiQL, "*/*")]
    public async Task A_clients_introspection_query_is_answered_with_the_approved_schema(string client, string accept)
    {
        var answer = await IntrospectAsync(client, accept);

        var (equal, output) = await IntrospectionScript.CompareWithSnapshotAsync(answer.ToJsonString());
        Assert.True(equal, output);
    }

    /// <summary>
    /// The introspection fields graphql-js asks for beyond GraphQL.NET's defaults validate and answer: repeatable
    /// directives, deprecated arguments and input fields, and a scalar's specification URL.
    /// </summary>
    [Fact]
    public async Task The_introspection_fields_of_the_current_specification_are_answered()
    {
        using var http = _app.Client();
        var data = await http.Data("""
            {
              __schema { directives { name isRepeatable locations args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              date: __type(name: "Date") { specifiedByURL }
              filter: __type(name: "SanctionFilter") { inputFields(includeDeprecated: true) { name isDeprecated } }
              query: __type(name: "Query") { fields { name args(includeDeprecated: false) { name isDeprecated } } }
            }
            """);

        var deprecated = data["__schema"]!["directives"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "deprecated")!;
        Assert.False(deprecated["isRepeatable"]!.GetValue<bool>());
        Assert.Superset(new HashSet<string> { "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE" }, deprecated["locations"]!.AsArray().Select(l => l!.GetValue<string>()).ToHashSet());
        Assert.Equal("reason", Assert.Single(deprecated["args"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Null(data["date"]!["specifiedByURL"]);
        Assert.NotEmpty(data["filter"]!["inputFields"]!.AsArray());
        Assert.Contains(data["query"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "neighbourhood" && f["args"]!.AsArray().Count == 8);
    }

    /// <summary>The comparison above sees what a client would see differ, so its passing means something.</summary>
    [Fact]
    public async Task The_schema_comparison_notices_a_changed_default_description_or_deprecation()
    {
        var answer = await IntrospectAsync(IntrospectionScript.Standard, "application/json");
        var changes = new Dictionary<string, Action<JsonObject>>
        {
            ["limit: Int = 501"] = limit => limit["defaultValue"] = "501",
            ["The most entities, changed"] = limit => limit["description"] = "The most entities, changed",
            ["limit: Int = 500 @deprecated(reason: \"Gone.\")"] = limit => { limit["isDeprecated"] = true; limit["deprecationReason"] = "Gone."; },
        };

        foreach (var (expected, change) in changes)
        {
            var changed = answer.DeepClone();
            change(NeighbourhoodLimit(changed));
            var (equal, output) = await IntrospectionScript.CompareWithSnapshotAsync(changed.ToJsonString());
            Assert.False(equal, $"A change to {expected} went unnoticed.");
            Assert.True(output.Split('\n').Any(line => line.StartsWith('+') && line.Contains(expected, StringComparison.Ordinal)), output);
        }
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

    /// <summary>Posts a client's introspection request; the answer must be a success without errors.</summary>
    private async Task<JsonNode> IntrospectAsync(string client, string accept)
    {
        using var http = _app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(await IntrospectionScript.RequestBodyAsync(client), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        var answer = JsonNode.Parse(body)!;
        Assert.True(answer["errors"] is null, $"unexpected errors: {answer["errors"]?.ToJsonString()}");
        Assert.NotNull(answer["data"]?["__schema"]);
        return answer;
    }

    /// <summary>The `limit` argument of Query.neighbourhood in an introspection answer.</summary>
    private static JsonObject NeighbourhoodLimit(JsonNode answer) =>
        answer["data"]!["__schema"]!["types"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "Query")!["fields"]!.AsArray()
            .Single(f => f!["name"]!.GetValue<string>() == "neighbourhood")!["args"]!.AsArray()
            .Single(a => a!["name"]!.GetValue<string>() == "limit")!.AsObject();

    private static string SnapshotPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Snapshots", "schema.graphql");
}
