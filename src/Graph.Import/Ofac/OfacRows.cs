namespace Graph.Import.Ofac;

/// <summary>A row of any OFAC CSV file: every one of them starts with the ent_num of the sdn.csv row it belongs to.</summary>
internal abstract record OfacRow(OfacCsvRecord Record)
{
    public string? EntNum => Record.Field(0);

    /// <summary>The entry number, or null when ent_num is not a positive whole number.</summary>
    public int? Number => OfacRules.ParseNumber(EntNum);
}

/// <summary>sdn.csv: one listed party.</summary>
internal sealed record SdnRow(OfacCsvRecord Record) : OfacRow(Record)
{
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
internal sealed record AddressRow(OfacCsvRecord Record) : OfacRow(Record)
{
    public string? AddNum => Record.Field(1);
    public string? Address => Record.Field(2);
    public string? CityStatePostalCode => Record.Field(3);
    public string? Country => Record.Field(4);
    public string? Remarks => Record.Field(5);
}

/// <summary>alt.csv: another name of a listed party.</summary>
internal sealed record AltRow(OfacCsvRecord Record) : OfacRow(Record)
{
    public string? AltNum => Record.Field(1);
    public string? AltType => Record.Field(2);
    public string? AltName => Record.Field(3);
    public string? Remarks => Record.Field(4);
}

/// <summary>sdn_comments.csv: the rest of a Remarks field that sdn.csv cut short.</summary>
internal sealed record CommentRow(OfacCsvRecord Record) : OfacRow(Record)
{
    public string? RemarksExtended => Record.Field(1);
}
