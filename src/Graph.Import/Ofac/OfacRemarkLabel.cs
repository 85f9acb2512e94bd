namespace Graph.Import.Ofac;

/// <summary>How the value after a label becomes a property value.</summary>
internal enum OfacValueStyle
{
    /// <summary>The text after the label, as written.</summary>
    Value,

    /// <summary>"label: value", for identifiers whose label says what kind of number they are.</summary>
    Labelled,

    /// <summary>Lowercase, for FollowTheMoney's enumerations such as gender.</summary>
    Lowercase,

    /// <summary>A partial ISO date; an item that is no date stays a note.</summary>
    Date,

    /// <summary>"IMO" and the seven digits, as FollowTheMoney writes IMO numbers.</summary>
    Imo,
}

/// <summary>A Remarks label such as "Passport", and the FollowTheMoney property its values go to.</summary>
internal sealed record OfacRemarkLabel(string Label, string Property, OfacValueStyle Style = OfacValueStyle.Value);
