namespace Graph.Api.Playground;

/// <summary>
/// The Content-Security-Policy of the playground page: everything it loads is bundled and served from this origin
/// under /playground/, so no inline script, no eval and no other origin is allowed.
/// </summary>
internal static class PlaygroundContentSecurityPolicy
{
    /// <summary>The policy for one response, whose nonce alone may mark a &lt;style&gt; element.</summary>
    public static string For(string styleNonce)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(styleNonce);
        return string.Join("; ",
            "default-src 'none'",
            // The bundle, as a file: no inline script, no eval (GraphiQL's CodeMirror 5 editors need neither),
            // and no worker.
            "script-src 'self'",
            // The bundled stylesheet, and the one <style> element GraphiQL writes at run time (react-style-singleton
            // locks scrolling behind its dialogs), which carries this nonce; so no 'unsafe-inline'. Style attributes
            // need nothing: React and CodeMirror set them through the CSSOM, which CSP does not govern.
            $"style-src 'self' 'nonce-{styleNonce}'",
            // esbuild inlines GraphiQL's fonts into the stylesheet as data: URIs.
            "font-src data:",
            // The favicon is the empty data: URI, so the browser asks for no /favicon.ico.
            "img-src 'self' data:",
            // GraphiQL's fetcher posts to /graphql on this origin, schema fetch included.
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");
    }
}
