using System.Text.Json.Nodes;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>The shapes of a refusal under the shared contracts of issue 8, with messages that show the whole answer.</summary>
internal static class Refusals
{
    public const int DefaultMaxCost = 250_000;

    /// <summary>400, <c>COST_LIMIT_EXCEEDED</c> with <c>cost</c> over <c>maxCost</c>, and nothing ran.</summary>
    public static void AssertRefusedForCost(HttpAnswer answer)
    {
        const int maxCost = DefaultMaxCost;
        Assert.True(answer.Status == 400, $"expected 400 COST_LIMIT_EXCEEDED, got {answer}");
        AssertCode(answer, "COST_LIMIT_EXCEEDED");
        var extensions = answer.Json!["errors"]!.AsArray().First(e => e?["extensions"]?["code"]?.GetValue<string>() == "COST_LIMIT_EXCEEDED")!["extensions"]!;
        // A cost past int's range (fragments that fan out) may come saturated or as a larger number; either says it.
        Assert.True(extensions["cost"] is JsonValue cost && cost.TryGetValue<double>(out var value) && value > maxCost,
            $"the error should carry a cost over the budget of {maxCost}: {answer}");
        Assert.True(extensions["maxCost"] is JsonValue max && max.TryGetValue<int>(out var budget) && budget == maxCost,
            $"the error should carry the budget, maxCost {maxCost}: {answer}");
        AssertNothingRan(answer);
    }

    /// <summary>Some GraphQL error of the answer has this <c>extensions.code</c>.</summary>
    public static void AssertCode(HttpAnswer answer, string code) =>
        Assert.True(answer.ErrorCodes.Contains(code), $"expected an error with code {code}, got {answer}");

    public static void AssertNothingRan(HttpAnswer answer) =>
        Assert.True(answer.Json is { } json && json["data"] is null, $"nothing should have run, and data should be null: {answer}");

    /// <summary>Neither a stack trace nor a path of this machine, whatever the answer is.</summary>
    public static void AssertDisclosesNothing(HttpAnswer answer, params string[] internalPaths)
    {
        foreach (var trace in new[] { "   at ", ".cs:line", "Exception:" })
        {
            Assert.False(answer.Body.Contains(trace, StringComparison.Ordinal), $"the answer shows a stack trace: {answer}");
        }
        var machinePaths = new[] { Path.GetTempPath(), AppContext.BaseDirectory, Repository.Root }.Select(p => p.TrimEnd('/'));
        foreach (var path in internalPaths.Concat(machinePaths))
        {
            Assert.False(answer.Body.Contains(path, StringComparison.Ordinal), $"the answer shows the internal path {path}: {answer}");
        }
    }
}
