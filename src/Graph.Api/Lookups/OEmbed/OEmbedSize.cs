using System.Globalization;
using Graph.Api.Lookups.Pages;

namespace Graph.Api.Lookups.OEmbed;

/// <summary>
/// The iframe's size under the consumer's <c>maxwidth</c> and <c>maxheight</c>, which the spec says a provider must
/// respect: the card's own 400 × 250, scaled down to the bounds (the card reflows, and scrolls in a short frame);
/// below the smallest size it stays readable at there is no representation that fits, so there is none (404).
/// </summary>
internal static class OEmbedSize
{
    public const int MinWidth = 240;
    public const int MinHeight = 160;

    /// <summary>Reads a bound: absent is null; false when it is not a positive whole number of pixels.</summary>
    public static bool TryReadBound(string? text, out int? bound)
    {
        bound = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0) return false;
        bound = value;
        return true;
    }

    /// <summary>The size within the bounds, or false when the card cannot fit them.</summary>
    public static bool TryFit(int? maxWidth, int? maxHeight, out int width, out int height)
    {
        width = Math.Min(EmbedCodes.Width, maxWidth ?? int.MaxValue);
        height = Math.Min(EmbedCodes.Height, maxHeight ?? int.MaxValue);
        return width >= MinWidth && height >= MinHeight;
    }
}
