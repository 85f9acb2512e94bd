using System.Net;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests.Lookups.Pages;

/// <summary>What a reader of a served page would see, read from its HTML over HTTP, for tests that need no browser.</summary>
internal static partial class HtmlText
{
    /// <summary>The body's text: no head, no script, tags dropped, entities decoded, white space collapsed.</summary>
    public static string Visible(string html)
    {
        var body = Head().Replace(html, " ");
        body = Scripts().Replace(body, " ");
        // Block elements part words as a browser's layout does; inline ones (a, bdi, cite, time, span) do not.
        body = Tags().Replace(body, tag => Blocks.Contains(tag.Groups[1].Value.ToLowerInvariant()) ? " " : "");
        return Spaces().Replace(WebUtility.HtmlDecode(body), " ").Trim();
    }

    /// <summary>Every href and src attribute's value, decoded.</summary>
    public static IReadOnlyList<string> Addresses(string html) =>
        [.. Address().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The text of the first element with this class, as <see cref="Visible"/> reads it.</summary>
    public static string OfClass(string html, string cssClass)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*class=\"[^\"]*\\b{Regex.Escape(cssClass)}\\b[^\"]*\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No element of class {cssClass} in:\n{Visible(html)}");
        return Visible(match.Groups[2].Value);
    }

    [GeneratedRegex("<!doctype[^>]*>|<head>.*?</head>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Head();

    [GeneratedRegex("<script\\b.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    private static readonly HashSet<string> Blocks =
        ["p", "li", "dd", "dt", "dl", "ul", "ol", "h1", "h2", "h3", "h4", "div", "section", "header", "footer", "main", "nav",
         "blockquote", "br", "textarea", "summary", "details", "form", "label", "button", "input", "body", "html"];

    [GeneratedRegex("</?(\\w+)[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Address();
}
