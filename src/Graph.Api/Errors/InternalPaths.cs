using System.Text.RegularExpressions;

namespace Graph.Api.Errors;

/// <summary>
/// Keeps the server's file layout out of what it answers: an absolute file path in a message becomes its file
/// name alone ("/srv/data/graph.db" → "graph.db"). Addresses such as http://host/path are left as they are.
/// </summary>
internal static partial class InternalPaths
{
    /// <summary>The text with every absolute path (Unix or Windows) reduced to its last segment.</summary>
    public static string Redact(string text) => AbsolutePath().Replace(text, match => match.Groups["name"].Value);

    // A Unix path of two segments or more that does not follow a word character, ':' or '/' (so not a URL's
    // path), or a Windows drive path; its last segment is what remains.
    [GeneratedRegex(@"(?<![\w:/\\.])(?:/[^\s'""/\\:]+)+/(?<name>[^\s'""/\\:]*)|\b[A-Za-z]:\\(?:[^\s'""\\:]+\\)*(?<name>[^\s'""\\:]*)")]
    private static partial Regex AbsolutePath();
}
