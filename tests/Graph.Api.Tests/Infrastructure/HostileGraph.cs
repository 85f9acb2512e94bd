using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Infrastructure;

/// <summary>
/// Entities whose every field is an attack on whoever renders it: script tags, attribute breakouts, javascript:
/// links and a right-to-left override, in names, aliases, properties, quotes, programmes and URLs. Any surface
/// that shows them must show them as text, and run none of them.
/// </summary>
public static class HostileGraph
{
    public const string TargetId = "hostile-person";
    public const string AuthorityId = "hostile-authority";
    public const string PartnerId = "hostile-partner";

    public const string ScriptName = "<script>alert(1)</script>";
    public const string AttributeBreakout = "\"><img src=x onerror=alert(1)>";
    public const string JavascriptUrl = "javascript:alert(1)";
    public const string RightToLeft = "Evil\u202Egnp.exe";
    public const string ClosingScriptInJson = "</script><script>alert(2)</script>";
    public const string SingleQuoteBreakout = "' onmouseover='alert(3)";

    /// <summary>Every hostile string, to check that each shows up as text where it is shown.</summary>
    public static IReadOnlyList<string> All { get; } = [ScriptName, AttributeBreakout, JavascriptUrl, RightToLeft, ClosingScriptInJson, SingleQuoteBreakout];

    /// <summary>Writes the entities into the store of a started service.</summary>
    public static Task WriteAsync(IServiceProvider services) => services.GetRequiredService<IGraphStore>().WriteAsync(Build());

    public static GraphBatch Build()
    {
        var source = new Source(AttributeBreakout, JavascriptUrl, ScriptName, PartialDate.Parse("2023-07-24"), ClosingScriptInJson);
        var safeSource = new Source("A real-looking notice " + SingleQuoteBreakout, "https://example.org/notice?a=1&b=\"2\"", RightToLeft, null, ScriptName);
        var target = new Entity(TargetId, EntityKind.Person, ScriptName)
        {
            Aliases = [AttributeBreakout, RightToLeft, SingleQuoteBreakout],
            Properties = new Dictionary<string, IReadOnlyList<string>>
            {
                ["nationality"] = [ClosingScriptInJson],
                ["birthDate"] = ["1970"],
                ["position"] = [AttributeBreakout],
            },
            Sources = [source, safeSource],
            Note = ScriptName,
        };
        var authority = new Entity(AuthorityId, EntityKind.PublicBody, AttributeBreakout) { Sources = [safeSource] };
        var partner = new Entity(PartnerId, EntityKind.Organization, RightToLeft + " " + ScriptName) { Sources = [source] };
        var sanction = new Sanction("hostile-sanction", AuthorityId, TargetId)
        {
            Programs = [ScriptName, SingleQuoteBreakout],
            Provisions = [AttributeBreakout],
            ListedOn = PartialDate.Parse("2023-07-24"),
            Reason = ClosingScriptInJson,
            Sources = [source],
        };
        var tie = new Relationship("hostile-tie", "membership", TargetId, PartnerId) { Role = AttributeBreakout, Sources = [source] };
        return new GraphBatch([target, authority, partner], [sanction], [tie]);
    }
}
