using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>The shapes of a refusal under the shared contracts of issue 8, with messages that show the whole answer.</summary>
internal static class Refusals
{
    public const int DefaultMaxCost = 250_000;

    /// <summary>400, <c>COST_LIMIT_EXCEEDED</c> with <c>cost</c> over <c>maxCost</c>, and nothing ran.</summary>
    public static void AssertRefusedForCost(HttpAnswer answer, int maxCost = DefaultMaxCost)
    {
        Assert.True(answer.Status == 400, $"expected 400 COST_LIMIT_EXCEEDED, got {answer}");
        AssertCode(answer, "COST_LIMIT_EXCEEDED");
        var extensions = answer.Json!["errors"]!.AsArray().First(e => e?["extensions"]?["code"]?.GetValue<string>() == "COST_LIMIT_EXCEEDED")!["extensions"]!;
        var cost = extensions["cost"]?.GetValue<int>();
        Assert.True(cost is not null, $"the error should carry its cost: {answer}");
        Assert.Equal(maxCost, extensions["maxCost"]?.GetValue<int>());
        Assert.True(cost > maxCost, $"the cost {cost} should exceed the budget {maxCost}");
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
        foreach (var path in internalPaths.Append(Path.GetTempPath().TrimEnd('/')).Append(AppContext.BaseDirectory.TrimEnd('/')))
        {
            Assert.False(answer.Body.Contains(path, StringComparison.Ordinal), $"the answer shows the internal path {path}: {answer}");
        }
    }
}
