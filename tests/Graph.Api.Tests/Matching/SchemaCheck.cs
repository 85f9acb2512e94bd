using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Matching;

/// <summary>
/// Validates JSON against the reconciliation specification's schemas in <c>Schemas/</c>, with the keywords those files
/// use: type, properties, required, items, patternProperties, additionalProperties, contains, enum, pattern, oneOf,
/// anyOf, minItems, uniqueItems and $ref (to a sibling file, or a pointer into the same one). An unknown keyword that
/// constrains values fails the check rather than passing unseen.
/// </summary>
internal static class SchemaCheck
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "description", "definitions", "title"];

    /// <summary>Fails the test with every violation, each at its JSON path.</summary>
    public static void AssertValid(JsonNode? json, string version, string schemaFile)
    {
        var errors = new List<string>();
        var folder = Repository.PathOf("tests", "Graph.Api.Tests", "Matching", "Schemas", version);
        var schema = Load(folder, schemaFile);
        Check(json, schema, schema, folder, "$", errors);
        Assert.True(errors.Count == 0, $"{version}/{schemaFile}:\n" + string.Join("\n", errors) + "\n" + json?.ToJsonString());
    }

    private static JsonObject Load(string folder, string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!.AsObject();

    private static void Check(JsonNode? value, JsonObject schema, JsonObject document, string folder, string path, List<string> errors)
    {
        foreach (var (keyword, rule) in schema)
        {
            switch (keyword)
            {
                case "$ref": CheckRef(value, (string)rule!, document, folder, path, errors); break;
                case "type": if (!HasType(value, (string)rule!)) errors.Add($"{path}: not of type {rule}"); break;
                case "enum": if (!rule!.AsArray().Any(e => JsonNode.DeepEquals(e, value))) errors.Add($"{path}: {value?.ToJsonString()} is not one of {rule.ToJsonString()}"); break;
                case "pattern": if (value is JsonValue v && v.TryGetValue<string>(out var s) && !Regex.IsMatch(s, (string)rule!)) errors.Add($"{path}: '{s}' does not match {rule}"); break;
                case "required":
                    if (value is JsonObject o) errors.AddRange(rule!.AsArray().Select(r => (string)r!).Where(r => !o.ContainsKey(r)).Select(r => $"{path}: lacks required '{r}'"));
                    break;
                case "properties":
                    if (value is JsonObject withProperties)
                    {
                        foreach (var (name, sub) in rule!.AsObject()) if (withProperties.TryGetPropertyValue(name, out var field)) Check(field, sub!.AsObject(), document, folder, $"{path}.{name}", errors);
                    }
                    break;
                case "patternProperties":
                    if (value is JsonObject withPatterns)
                    {
                        foreach (var (pattern, sub) in rule!.AsObject())
                        {
                            foreach (var (name, field) in withPatterns.Where(p => Regex.IsMatch(p.Key, pattern))) Check(field, sub!.AsObject(), document, folder, $"{path}.{name}", errors);
                        }
                    }
                    break;
                case "additionalProperties":
                    if (value is JsonObject closed && rule is JsonValue allowed && !allowed.GetValue<bool>())
                    {
                        var known = schema["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
                        errors.AddRange(closed.Select(p => p.Key).Where(k => !known.Contains(k)).Select(k => $"{path}: '{k}' is not allowed"));
                    }
                    break;
                case "items":
                    if (value is JsonArray items) for (var i = 0; i < items.Count; i++) Check(items[i], rule!.AsObject(), document, folder, $"{path}[{i}]", errors);
                    break;
                case "contains":
                    if (value is JsonArray some && !some.Any(item => Passes(item, rule!.AsObject(), document, folder))) errors.Add($"{path}: no item matches {rule!.ToJsonString()}");
                    break;
                case "minItems": if (value is JsonArray few && few.Count < (int)rule!) errors.Add($"{path}: fewer than {rule} items"); break;
                case "uniqueItems":
                    if (value is JsonArray list && (bool)rule! && list.Select(i => i?.ToJsonString()).Distinct().Count() != list.Count) errors.Add($"{path}: items are not unique");
                    break;
                case "oneOf":
                    var passing = rule!.AsArray().Count(option => Passes(value, option!.AsObject(), document, folder));
                    if (passing != 1) errors.Add($"{path}: matches {passing} of oneOf, not exactly one");
                    break;
                case "anyOf":
                    if (!rule!.AsArray().Any(option => Passes(value, option!.AsObject(), document, folder))) errors.Add($"{path}: matches none of anyOf");
                    break;
                default:
                    if (!Annotations.Contains(keyword)) errors.Add($"{path}: the check does not know the keyword '{keyword}'");
                    break;
            }
        }
    }

    private static void CheckRef(JsonNode? value, string reference, JsonObject document, string folder, string path, List<string> errors)
    {
        if (reference.StartsWith("#/", StringComparison.Ordinal))
        {
            JsonNode target = document;
            foreach (var step in reference[2..].Split('/')) target = target[step]!;
            Check(value, target.AsObject(), document, folder, path, errors);
            return;
        }
        if (reference.Contains("://", StringComparison.Ordinal))
        {
            errors.Add($"{path}: refers to {reference}, which the check cannot read");
            return;
        }
        var file = Load(folder, reference);
        Check(value, file, file, folder, path, errors);
    }

    private static bool Passes(JsonNode? value, JsonObject schema, JsonObject document, string folder)
    {
        var errors = new List<string>();
        Check(value, schema, document, folder, "$", errors);
        return errors.Count == 0;
    }

    private static bool HasType(JsonNode? value, string type) => (type, value) switch
    {
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.GetValueKind() == System.Text.Json.JsonValueKind.String,
        ("boolean", JsonValue v) => v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        ("number", JsonValue v) => v.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        ("integer", JsonValue v) => v.GetValueKind() == System.Text.Json.JsonValueKind.Number && v.TryGetValue<long>(out _),
        ("null", null) => true,
        _ => false,
    };
}
