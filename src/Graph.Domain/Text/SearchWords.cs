using Graph.Domain.Store;

namespace Graph.Domain.Text;

/// <summary>
/// The words a search looks for, bounded whatever text it is given, so that its cost is linear in the query and
/// small: only the first <see cref="SearchQuery.MaxTextLength"/> characters are read, and of their folded tokens only
/// the first <see cref="SearchQuery.MaxWords"/> distinct ones count. A service refuses longer text before it gets
/// here; a store bounds it again, since a search must never cost more than a bounded one.
/// </summary>
public sealed class SearchWords
{
    private SearchWords(string text, bool truncated, IReadOnlyList<string> distinct, IReadOnlyList<string> inOrder)
    {
        Text = text;
        Truncated = truncated;
        Distinct = distinct;
        InOrder = inOrder;
    }

    /// <summary>The text the words come from: the query's, cut at <see cref="SearchQuery.MaxTextLength"/> characters, trimmed.</summary>
    public string Text { get; }

    /// <summary>Whether the query's text was longer than <see cref="SearchQuery.MaxTextLength"/> and was cut.</summary>
    public bool Truncated { get; }

    /// <summary>Each word once, in the order the text first names it: what an index is asked for.</summary>
    public IReadOnlyList<string> Distinct { get; }

    /// <summary>The words as the text names them, repeats included, keeping only those in <see cref="Distinct"/>: what <see cref="NameScore"/> scores.</summary>
    public IReadOnlyList<string> InOrder { get; }

    /// <summary>Whether the text holds no word at all.</summary>
    public bool IsEmpty => Distinct.Count == 0;

    /// <summary>The bounded words of a search text.</summary>
    public static SearchWords Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var truncated = text.Length > SearchQuery.MaxTextLength;
        if (truncated)
        {
            // Never cut a character in two: half a surrogate pair is not text.
            var end = char.IsHighSurrogate(text[SearchQuery.MaxTextLength - 1]) ? SearchQuery.MaxTextLength - 1 : SearchQuery.MaxTextLength;
            text = text[..end];
        }
        var tokens = NameTokens.Of(text);
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inOrder = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (seen.Contains(token))
            {
                inOrder.Add(token);
                continue;
            }
            if (distinct.Count == SearchQuery.MaxWords) continue;
            seen.Add(token);
            distinct.Add(token);
            inOrder.Add(token);
        }
        return new SearchWords(text.Trim(), truncated, distinct, inOrder);
    }
}
