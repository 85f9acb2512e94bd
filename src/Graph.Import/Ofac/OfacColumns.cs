namespace Graph.Import.Ofac;

/// <summary>The columns of each OFAC legacy CSV file, named as OFAC's data specification names them.</summary>
internal static class OfacColumns
{
    public static readonly IReadOnlyList<string> Sdn =
        ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"];

    public static readonly IReadOnlyList<string> Add =
        ["ent_num", "Add_num", "Address", "City/State/Province/Postal Code", "Country", "Add_remarks"];

    public static readonly IReadOnlyList<string> Alt = ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"];

    public static readonly IReadOnlyList<string> Comments = ["ent_num", "Remarks_Extended"];
}
