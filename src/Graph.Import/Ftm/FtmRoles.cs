using System.Globalization;

namespace Graph.Import.Ftm;

/// <summary>How an edge's properties word the tie, as a relationship's role.</summary>
internal static class FtmRoles
{
    public static string? Of(FtmEdgeSchema edge, FtmRecord record) => edge.Schema switch
    {
        "Ownership" => Ownership(record),
        "Payment" => Joined(record.Values("purpose")) ?? Amount(record),
        _ => edge.RoleProperty is null ? null : Joined(record.Values(edge.RoleProperty)),
    };

    /// <summary>The non-blank values, once each, joined by "; "; null when there are none.</summary>
    public static string? Joined(IReadOnlyList<string> values)
    {
        string? single = null;
        List<string>? several = null;
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (single is null) single = value;
            else if (value != single && several?.Contains(value) != true) (several ??= [single]).Add(value);
        }
        return several is null ? single : string.Join("; ", several);
    }

    // The share is part of how the source words an ownership: "shareholder (51%)".
    private static string? Ownership(FtmRecord record)
    {
        var role = Joined(record.Values("role"));
        if (record.First("percentage") is not { } percentage) return role;
        var share = percentage.EndsWith('%') ? percentage : percentage + "%";
        return role is null ? share : $"{role} ({share})";
    }

    private static string? Amount(FtmRecord record)
    {
        if (record.First("amount") is { } amount)
        {
            return record.First("currency") is { } currency ? string.Create(CultureInfo.InvariantCulture, $"{amount} {currency}") : amount;
        }
        return record.First("amountEur") is { } euros ? euros + " EUR" : null;
    }
}
