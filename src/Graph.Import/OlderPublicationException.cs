namespace Graph.Import;

/// <summary>
/// The input is a publication of a list older than the newest one already imported for that list, and the caller
/// did not ask for it explicitly. Nothing was written.
/// </summary>
public sealed class OlderPublicationException : Exception
{
    /// <summary>The code clients see: HTTP 409 <c>{"error":"OLDER_PUBLICATION"}</c> and the GraphQL error code.</summary>
    public const string Code = "OLDER_PUBLICATION";

    /// <summary>Creates the exception for a publication of <paramref name="dataset"/> older than <paramref name="latest"/>.</summary>
    public OlderPublicationException(string dataset, DateOnly published, DateOnly latest)
        : base($"The {dataset} publication of {published:yyyy-MM-dd} is older than the newest one imported ({latest:yyyy-MM-dd}); nothing was written. "
               + "Import publications in date order, or ask for this one explicitly (allowOlder=true, --allow-older): it then adds what it alone carries and changes nothing a newer publication wrote.")
    {
        Dataset = dataset;
        Published = published;
        Latest = latest;
    }

    /// <summary>For serializers; prefer the publication constructor.</summary>
    public OlderPublicationException() : this("The publication is older than the newest one imported.")
    {
    }

    /// <summary>For serializers; prefer the publication constructor.</summary>
    public OlderPublicationException(string message) : base(message) => Dataset = "";

    /// <summary>For serializers; prefer the publication constructor.</summary>
    public OlderPublicationException(string message, Exception innerException) : base(message, innerException) => Dataset = "";

    /// <summary>The list, e.g. "us_ofac_sdn".</summary>
    public string Dataset { get; }

    /// <summary>The day of the refused publication.</summary>
    public DateOnly Published { get; }

    /// <summary>The day of the newest publication already imported.</summary>
    public DateOnly Latest { get; }
}
