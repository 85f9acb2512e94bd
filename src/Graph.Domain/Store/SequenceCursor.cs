using System.Globalization;
using System.Text;

namespace Graph.Domain.Store;

/// <summary>
/// Opaque page cursors, as every store issues them: a sequence number (the insertion order of records, or a position
/// in the change feed) behind a prefix, base64-encoded.
/// </summary>
public static class SequenceCursor
{
    private const string Prefix = "seq:";

    public static string Encode(long seq) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + seq.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The number behind the cursor; 0 for no cursor.</summary>
    /// <exception cref="InvalidCursorException">The text is not a cursor a store issued.</exception>
    public static long Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                return seq;
            }
        }
        catch (FormatException)
        {
        }
        throw new InvalidCursorException(cursor);
    }
}
