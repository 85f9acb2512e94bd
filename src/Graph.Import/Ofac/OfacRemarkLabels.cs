namespace Graph.Import.Ofac;

/// <summary>The labels the Remarks of sdn.csv use, and what each becomes; "alt." before a label changes nothing.</summary>
internal static class OfacRemarkLabels
{
    private static readonly OfacRemarkLabel[] All =
    [
        new("POB", "birthPlace"),
        new("nationality", "nationality"),
        new("citizen", "citizenship"),
        new("Gender", "gender", OfacValueStyle.Lowercase),
        new("Passport", "passportNumber"),
        new("Diplomatic Passport", "passportNumber"),
        new("British National Overseas Passport", "passportNumber"),
        new("Stateless Person Passport", "passportNumber"),
        new("Title", "position"),
        new("Alternate Title", "position"),
        new("Email Address", "email"),
        new("Email", "email"),
        new("EMAIL", "email"),
        new("Website", "website"),
        new("Telephone", "phone"),
        new("Telephone No.", "phone"),
        new("Telephone Number", "phone"),
        new("Phone", "phone"),
        new("Phone No.", "phone"),
        new("Phone Number", "phone"),
        new("PHONE", "phone"),
        new("Digital Currency Address -", "cryptoWallet"),
        new("Vessel Registration Identification IMO", "imoNumber", OfacValueStyle.Imo),
        new("Vessel Registration Identification", "imoNumber", OfacValueStyle.Imo),
        new("Identification Number IMO", "imoNumber", OfacValueStyle.Imo),
        new("Company Number IMO", "imoNumber", OfacValueStyle.Imo),
        new("IMO", "imoNumber", OfacValueStyle.Imo),
        new("MMSI", "mmsi"),
        new("Former Vessel Flag", "pastFlags"),
        new("Other Vessel Call Sign", "callSign"),
        new("Other Vessel Type", "type"),
        new("Vessel Year of Build", "buildDate", OfacValueStyle.Date),
        new("Aircraft Manufacture Date", "buildDate", OfacValueStyle.Date),
        new("Aircraft Model", "model"),
        new("Aircraft Manufacturer's Serial Number (MSN)", "serialNumber"),
        new("Aircraft Serial Identification", "serialNumber"),
        new("Aircraft Tail Number", "registrationNumber"),
        new("Organization Established Date", "incorporationDate", OfacValueStyle.Date),
        new("Organization Type", "sector"),
        .. Identifiers(
            "National ID No.", "Cedula No.", "Registration ID", "Registration Number", "SSN", "Tax ID No.",
            "Company Number", "UK Company Number", "Legal Entity Number", "Identification Number",
            "Business Registration Number", "Business Registration Document #", "Commercial Registry Number",
            "Folio Mercantil No.", "Matricula Mercantil No", "D.N.I.", "C.R. No.", "Trade License No.", "V.A.T. Number",
            "Government Gazette Number", "D-U-N-S Number", "Driver's License No.", "National Foreign ID Number",
            "Cartilla de Servicio Militar Nacional", "Personal ID Card", "Chamber of Commerce Number", "US FEIN",
            "Residency Number", "Public Registration Number", "RTN", "Citizen's Card Number",
            "United Social Credit Code Certificate (USCCC)", "Birth Certificate Number", "Registered Charity No.",
            "C.U.I.T.", "C.U.I.", "C.U.R.P.", "R.F.C.", "LE Number", "Turkish Identification Number",
            "Numero de Identidad", "Certificate of Incorporation Number", "Branch Unit Number", "Chinese Commercial Code",
            "BIK (RU)", "NIT #", "RUC #", "SWIFT/BIC", "Aircraft Mode S Transponder Code",
            "Aircraft Construction Number (also called L/N or S/N or F/N)", "RIF #", "RFC", "License", "Credencial electoral",
            "C.U.I.P.", "Kenyan ID No.", "Travel Document Number", "Dubai Chamber of Commerce Membership No.",
            "Enterprise Number", "Electoral Registry No.", "I.F.E.", "File Number", "Business Number",
            "Unified Social Credit Code (USCC)", "VisaNumberID", "Tazkira National ID Card", "Italian Fiscal Code",
            "Immigration No.", "Numero Unico de Identificacao Tributaria (NUIT)", "C.I.F.", "SRE Permit No.",
            "Afghan Money Service Provider License Number", "Pilot License Number", "Public Security and Immigration No.",
            "Moroccan Personal ID No.", "Bosnian Personal ID No.", "Temporary suspension of deportation No.",
            "Paraguayan tax identification number", "N.I.E.", "Istanbul Chamber of Comm. No.", "Stateless Person ID Card",
            "Refugee ID Card", "CNP (Personal Numerical Code)", "Romanian Permanent Resident", "Romanian C.R.",
            "Romanian Tax Registration", "Fiscal Code", "UAE Identification", "Tarjeta Profesional",
            "Central Registration System Number", "MSB Registration Number", "Seafarer's Identification Document",
            "Tourism License No.", "RSIN"),
    ];

    /// <summary>Ranks and honorifics OFAC writes as an item of their own; they become the person's title.</summary>
    public static readonly IReadOnlySet<string> Titles = new HashSet<string>(StringComparer.Ordinal)
    {
        "General", "Major General", "Brigadier General", "Brig. General", "Lieutenant General", "Lt. General",
        "Colonel", "Lt. Col", "Doctor", "Dr", "Dr.", "Professor", "Haji", "Hajji", "Maulana", "Maulawi", "Maulavi",
        "Mullah", "Hojjatoleslam", "Ayatollah", "Shaykh", "Sheikh", "Ustad", "Qari",
    };

    /// <summary>The labels by first letter, longest first, so "Company Number IMO" wins over "Company Number".</summary>
    private static readonly Dictionary<char, OfacRemarkLabel[]> ByFirstLetter = All
        .GroupBy(label => label.Label[0])
        .ToDictionary(group => group.Key, group => group.OrderByDescending(label => label.Label.Length).ToArray());

    /// <summary>The label <paramref name="item"/> starts with, and the value after it; null when no label fits.</summary>
    public static (OfacRemarkLabel Label, string Value)? Match(string item)
    {
        if (item.Length == 0 || !ByFirstLetter.TryGetValue(item[0], out var candidates)) return null;
        foreach (var candidate in candidates)
        {
            var label = candidate.Label;
            if (!item.StartsWith(label, StringComparison.Ordinal)) continue;
            if (item.Length > label.Length && item[label.Length] is not (' ' or ':' or ',')) continue;
            var value = item.AsSpan(label.Length).TrimStart(" :,").Trim();
            if (!value.IsEmpty) return (candidate, value.ToString());
        }
        return null;
    }

    private static IEnumerable<OfacRemarkLabel> Identifiers(params string[] labels) =>
        labels.Select(label => new OfacRemarkLabel(label, "idNumber", OfacValueStyle.Labelled));
}
