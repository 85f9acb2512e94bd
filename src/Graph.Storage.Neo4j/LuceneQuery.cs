using System.Text;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Builds the Lucene query a full-text search sends, always as a parameter: every word required, the last one also
/// as the beginning of a longer word. Words are escaped, so that no character of the user's text acts as syntax.
/// </summary>
internal static class LuceneQuery
{
    private const string Special = "\\+-!():^[]\"{}~*?|&/";

    /// <summary>The query for folded tokens: <c>+word1 +word2 +last*</c>, with one-letter last words matched exactly.</summary>
    public static string AllWords(IReadOnlyList<string> tokens)
    {
        var query = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (query.Length > 0) query.Append(' ');
            query.Append('+').Append(Escape(tokens[i]));
            // One letter alone is too common to expand, as in the SQLite store.
            if (i == tokens.Count - 1 && tokens[i].Length >= 2) query.Append('*');
        }
        return query.ToString();
    }

    /// <summary>
    /// The text with every character Lucene's query syntax gives a meaning to preceded by a backslash, and
    /// whitespace escaped too, so that the result is one term. The operators AND, OR and NOT are words only in
    /// capitals: a lone operator word is quoted by escaping its first letter.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return text is "AND" or "OR" or "NOT" ? "\\" + escaped : escaped.ToString();
    }
}
