namespace Graph.Api.Lookups.Pages;

/// <summary>
/// An address that may be written into an <c>href</c> or <c>src</c>: an absolute http(s) URL, or a path of this
/// service. Nothing else (<c>javascript:</c>, <c>data:</c>, a protocol-relative <c>//host</c>) can become one.
/// </summary>
internal readonly record struct SafeHref
{
    private SafeHref(string value) => Value = value;

    public string Value { get; }

    /// <summary>The address when it is an absolute http or https URL, normalised; else null.</summary>
    public static SafeHref? Web(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? new SafeHref(uri.AbsoluteUri) : null;
    }

    /// <summary>An address this service made (its public base URL and a path); it must be http(s).</summary>
    public static SafeHref Own(string url) =>
        Web(url) ?? throw new ArgumentException($"'{url}' is not an http(s) address: set Lookups:PublicBaseUrl to the service's http(s) address.", nameof(url));

    /// <summary>A path of this service, such as <c>/entities/sadio-camara</c>.</summary>
    public static SafeHref Local(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is not a path of this service.", nameof(path));
        }
        return new SafeHref(path);
    }
}
