namespace Graph.Import.Gate;

/// <summary>Another import into the same store is running; this one was refused before it read or wrote anything.</summary>
public sealed class ImportInProgressException : Exception
{
    /// <summary>The code clients see: HTTP 409 <c>{"error":"IMPORT_IN_PROGRESS"}</c> and the GraphQL error code.</summary>
    public const string Code = "IMPORT_IN_PROGRESS";

    /// <summary>Creates the exception with a message the user can act on.</summary>
    public ImportInProgressException(string message) : base(message)
    {
    }

    /// <summary>For serializers; prefer the message constructor.</summary>
    public ImportInProgressException() : this("Another import into this store is running.")
    {
    }

    /// <summary>For serializers; prefer the message constructor.</summary>
    public ImportInProgressException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
