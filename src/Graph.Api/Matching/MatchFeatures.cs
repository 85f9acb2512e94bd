using System.Text;

namespace Graph.Api.Matching;

/// <summary>The feature ids of the matcher's explanations as people read them, e.g. "name.phonetic" → "Name, phonetic".</summary>
internal static class MatchFeatures
{
    /// <summary>A label made from the id: its parts after the first joined by commas, camelCase split into words.</summary>
    public static string Label(string feature)
    {
        var parts = feature.Split(['.', '_', ':'], StringSplitOptions.RemoveEmptyEntries).Select(Words).ToList();
        if (parts.Count == 0) return feature;
        var label = string.Join(", ", parts);
        return char.ToUpperInvariant(label[0]) + label[1..];
    }

    private static string Words(string part)
    {
        var words = new StringBuilder(part.Length + 4);
        foreach (var c in part)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
