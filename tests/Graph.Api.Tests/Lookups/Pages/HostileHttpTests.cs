using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Lookups.Pages;
using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>The hostile graph over HTTP: every surface writes its attacks as escaped text, never as markup, script or a javascript: link.</summary>
public sealed partial class HostileHttpTests : IDisposable
{
    private readonly GraphApp _app = new();

    [Fact]
    public async Task No_page_card_or_oembed_answer_carries_a_raw_script_an_injected_attribute_or_a_javascript_link()
    {
        await HostileGraph.WriteAsync(_app.Services);
        using var client = _app.Client();
        var paths = new List<string> { "/entities?q=" + Uri.EscapeDataString(HostileGraph.ScriptName), "/entities?q=" + Uri.EscapeDataString(HostileGraph.AttributeBreakout) };
        foreach (var id in new[] { HostileGraph.TargetId, HostileGraph.AuthorityId, HostileGraph.PartnerId })
        {
            paths.Add($"/entities/{id}");
            paths.Add($"/embed/entities/{id}");
            paths.Add("/oembed?url=" + Uri.EscapeDataString(new Uri(_app.BaseAddress, $"/entities/{id}").ToString()));
        }

        foreach (var path in paths)
        {
            var body = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("</script><script>", body, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(EventHandlerAttributes(body));
            Assert.DoesNotContain(HtmlText.Addresses(body), a => a.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_hostile_page_shows_every_attack_as_text_and_its_JSON_LD_reads_back_the_hostile_name()
    {
        await HostileGraph.WriteAsync(_app.Services);
        using var client = _app.Client();
        var html = await client.GetStringAsync($"/entities/{HostileGraph.TargetId}");

        var text = HtmlText.Visible(html);
        foreach (var attack in HostileGraph.All) Assert.Contains(attack, text, StringComparison.Ordinal);
        Assert.Contains($"(address not linked, not a web address: {HostileGraph.JavascriptUrl})", text, StringComparison.Ordinal);
        Assert.Contains("https://example.org/notice?a=1&b=%222%22", HtmlText.Addresses(html));
        var jsonLd = JsonNode.Parse(Regex.Match(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value)!;
        Assert.Equal(HostileGraph.ScriptName, jsonLd["about"]!["name"]!.GetValue<string>());
        Assert.Contains(HostileGraph.AttributeBreakout, jsonLd["about"]!["alternateName"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void JSON_for_a_script_element_cannot_close_it_and_keeps_line_separators_escaped()
    {
        var json = new JsonObject { ["name"] = "</script><script>alert(2)</script> & \u2028\u2029 <!--" }.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var safe = JsonLd.ForScriptElement(json);

        Assert.DoesNotContain("<", safe, StringComparison.Ordinal);
        Assert.DoesNotContain(">", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("&", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", safe, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", safe, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(2)</script> & \u2028\u2029 <!--", JsonNode.Parse(safe)!["name"]!.GetValue<string>());
    }

    /// <summary>
    /// The on* attributes of the answer's tags. Every tag of a surface is its own, so each must parse as a tag whose
    /// values are double-quoted (an escaped attack inside a value is text); a tag that does not parse is reported too.
    /// </summary>
    private static List<string> EventHandlerAttributes(string body)
    {
        var found = new List<string>();
        foreach (Match start in TagStart().Matches(body))
        {
            var tag = Tag().Match(body, start.Index);
            if (!tag.Success || tag.Index != start.Index)
            {
                found.Add(string.Concat("unparsed tag: ", body.AsSpan(start.Index, Math.Min(80, body.Length - start.Index))));
                continue;
            }
            found.AddRange(tag.Groups["name"].Captures.Select(c => c.Value).Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
        return found;
    }

    [GeneratedRegex("<[a-zA-Z]")]
    private static partial Regex TagStart();

    [GeneratedRegex("<[a-zA-Z][a-zA-Z0-9-]*(?:\\s+(?<name>[a-zA-Z-]+)(?:=\"[^\"]*\")?)*\\s*/?>")]
    private static partial Regex Tag();

    public void Dispose() => _app.Dispose();
}
