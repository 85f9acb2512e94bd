namespace Graph.Api.Errors;

/// <summary>Text a caller sent, made fit to quote back in an error message.</summary>
internal static class MessageText
{
    /// <summary>The text, cut to its first <paramref name="max"/> characters and an ellipsis when longer.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
