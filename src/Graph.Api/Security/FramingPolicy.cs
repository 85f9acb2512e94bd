namespace Graph.Api.Security;

/// <summary>
/// Who may show a response in a frame: the default CSP <c>frame-ancestors</c> and <c>X-Frame-Options</c> that
/// <see cref="SecurityHeadersMiddleware"/> sets. Endpoint metadata replaces the default for an endpoint, e.g. a
/// route made to be embedded in news pages.
/// </summary>
internal sealed record FramingPolicy
{
    /// <summary>No page may frame the response, the default for every response.</summary>
    public static readonly FramingPolicy Deny = new("frame-ancestors 'none'", "DENY");

    private FramingPolicy(string contentSecurityPolicy, string? frameOptions)
    {
        ContentSecurityPolicy = contentSecurityPolicy;
        FrameOptions = frameOptions;
    }

    /// <summary>The Content-Security-Policy set when the endpoint set none of its own.</summary>
    public string ContentSecurityPolicy { get; }

    /// <summary>The X-Frame-Options set when the endpoint set none; null to set none (it cannot name several origins).</summary>
    public string? FrameOptions { get; }

    /// <summary>Framing allowed to the given CSP source list, e.g. <c>*</c> or <c>https://news.example</c>.</summary>
    public static FramingPolicy AllowFrom(string frameAncestors)
    {
        if (string.IsNullOrWhiteSpace(frameAncestors) || frameAncestors.IndexOfAny([';', ',', '\r', '\n']) >= 0)
        {
            throw new ArgumentException($"'{frameAncestors}' is not a CSP source list for frame-ancestors: give origins separated by spaces, or *.", nameof(frameAncestors));
        }
        return new FramingPolicy($"frame-ancestors {frameAncestors.Trim()}", null);
    }
}
