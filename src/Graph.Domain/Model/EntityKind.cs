namespace Graph.Domain.Model;

/// <summary>What an entity is, after the FollowTheMoney schemata of the same names.</summary>
public enum EntityKind
{
    /// <summary>A natural person.</summary>
    Person,

    /// <summary>A group or organisation that is neither a company nor a public body (an armed group, a junta).</summary>
    Organization,

    /// <summary>A commercial company.</summary>
    Company,

    /// <summary>A government body: a ministry, armed forces, a transitional government, a sanctions authority.</summary>
    PublicBody,

    /// <summary>A country or territory.</summary>
    Country,

    /// <summary>A post that a person holds, such as a ministry or a command.</summary>
    Position,

    /// <summary>Something that happened at a date: a coup, a massacre, a designation.</summary>
    Event,

    /// <summary>A ship, as sanctions lists name them.</summary>
    Vessel,

    /// <summary>An aircraft, as sanctions lists name them.</summary>
    Aircraft,
}
