namespace Graph.Import.Ofac;

/// <summary>
/// A row of any OFAC CSV file: every one of them starts with the ent_num of the sdn.csv row it belongs to. Rows are
/// plain classes, not records: nothing compares them by value, and hashing a whole line would be wasted work.
/// </summary>
internal abstract class OfacRow(OfacCsvRecord record)
{
    public OfacCsvRecord Record { get; } = record;

    /// <summary>The columns a row of this file has.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>True when the record has every column and no more; otherwise its fields cannot be trusted.</summary>
    public bool IsComplete => Record.Fields.Count == Columns.Count;

    public string? EntNum => Record.Field(0);

    /// <summary>The entry number, or null when ent_num is not a positive whole number.</summary>
    public int? Number => OfacRules.ParseNumber(EntNum);
}

/// <summary>sdn.csv: one listed party.</summary>
internal sealed class SdnRow(OfacCsvRecord record) : OfacRow(record)
{
    public override IReadOnlyList<string> Columns => OfacColumns.Sdn;

    public string? Name => Record.Field(1);
    public string? Type => Record.Field(2);
    public string? Program => Record.Field(3);
    public string? Title => Record.Field(4);
    public string? CallSign => Record.Field(5);
    public string? VesselType => Record.Field(6);
    public string? Tonnage => Record.Field(7);
    public string? GrossRegisteredTonnage => Record.Field(8);
    public string? VesselFlag => Record.Field(9);
    public string? VesselOwner => Record.Field(10);
    public string? Remarks => Record.Field(11);
}

/// <summary>add.csv: one address of a listed party.</summary>
internal sealed class AddressRow(OfacCsvRecord record) : OfacRow(record)
{
    public override IReadOnlyList<string> Columns => OfacColumns.Add;

    public string? AddNum => Record.Field(1);
    public string? Address => Record.Field(2);
    public string? CityStatePostalCode => Record.Field(3);
    public string? Country => Record.Field(4);
    public string? Remarks => Record.Field(5);
}

/// <summary>alt.csv: another name of a listed party.</summary>
internal sealed class AltRow(OfacCsvRecord record) : OfacRow(record)
{
    public override IReadOnlyList<string> Columns => OfacColumns.Alt;

    public string? AltNum => Record.Field(1);
    public string? AltType => Record.Field(2);
    public string? AltName => Record.Field(3);
    public string? Remarks => Record.Field(4);
}

/// <summary>sdn_comments.csv: the rest of a Remarks field that sdn.csv cut short.</summary>
internal sealed class CommentRow(OfacCsvRecord record) : OfacRow(record)
{
    public override IReadOnlyList<string> Columns => OfacColumns.Comments;

    public string? RemarksExtended => Record.Field(1);
}
