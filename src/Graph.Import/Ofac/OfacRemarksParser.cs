namespace Graph.Import.Ofac;

/// <summary>
/// Reads the ';'-separated Remarks of an sdn.csv row ("DOB 28 Jul 1963; POB Toledo District, Belize; a.k.a.
/// 'BURTON BURGESS'; Linked To: …") into FollowTheMoney properties, other names and links. An item it does not
/// understand is kept verbatim as a note, so nothing OFAC wrote is lost.
/// </summary>
internal static class OfacRemarksParser
{
    private const string Alternative = "alt. ";
    private const string LinkedTo = "Linked To:";
    private const string BirthDate = "DOB ";
    private static readonly string[] AliasPrefixes = ["a.k.a.", "f.k.a.", "n.k.a."];

    /// <summary>Parses the Remarks, already joined with their overflow from sdn_comments.csv.</summary>
    public static OfacRemarks Parse(string? remarks)
    {
        var result = new OfacRemarks();
        if (string.IsNullOrWhiteSpace(remarks)) return result;
        var items = remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < items.Length; i++) Item(items[i], i == items.Length - 1, result);
        return result;
    }

    /// <summary>Reads one item as the Remarks would write it (e.g. "POB Shati", "Passport A123 (Russia)") into <paramref name="result"/>.</summary>
    public static void ParseItem(string item, OfacRemarks result) => Item(item.Trim(), last: false, result);

    private static void Item(string item, bool last, OfacRemarks result)
    {
        // The full stop that closes the Remarks belongs to the list, not to its last item.
        var text = last && item.EndsWith('.') ? item[..^1].TrimEnd() : item;
        if (text.StartsWith(Alternative, StringComparison.OrdinalIgnoreCase)) text = text[Alternative.Length..].TrimStart();

        if (Alias(text) is { } alias) result.Aliases.Add(alias);
        else if (text.StartsWith(LinkedTo, StringComparison.Ordinal)) result.Links.Add(Link(item, text));
        else if (!Understood(text, result.Properties)) result.Properties.Add("notes", item);
    }

    private static bool Understood(string text, OfacProperties properties)
    {
        if (text.StartsWith(BirthDate, StringComparison.Ordinal))
        {
            var dates = OfacDates.Parse(text[BirthDate.Length..]);
            foreach (var date in dates) properties.Add("birthDate", date);
            return dates.Count > 0;
        }
        if (OfacRemarkLabels.Titles.Contains(text))
        {
            properties.Add("title", text);
            return true;
        }
        if (OfacRemarkLabels.Match(text) is not var (label, value)) return false;
        if (Styled(label, value) is not { } styled) return false;
        properties.Add(label.Property, styled);
        return true;
    }

    private static string? Styled(OfacRemarkLabel label, string value) => label.Style switch
    {
        OfacValueStyle.Labelled => $"{label.Label}: {value}",
        OfacValueStyle.Lowercase => value.ToLowerInvariant(),
        OfacValueStyle.Date => OfacDates.Parse(value) is [var date] ? date : null,
        OfacValueStyle.Imo => value.TrimEnd('.') is { Length: 7 } digits && digits.All(char.IsAsciiDigit) ? "IMO" + digits : null,
        _ => value,
    };

    /// <summary>The name of an "a.k.a. 'NAME'" item without its quotes, or null for any other item.</summary>
    private static string? Alias(string text)
    {
        foreach (var prefix in AliasPrefixes)
        {
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var name = text.AsSpan(prefix.Length).Trim();
            if (name.Length >= 2 && name[0] == '\'' && name[^1] == '\'') name = name[1..^1].Trim();
            return name.IsEmpty ? null : name.ToString();
        }
        return null;
    }

    private static OfacLink Link(string item, string text)
    {
        var written = item[(item.IndexOf(LinkedTo, StringComparison.Ordinal) + LinkedTo.Length)..].Trim();
        var name = text[LinkedTo.Length..].Trim();
        return new OfacLink(written, item, name == written ? null : name);
    }
}
