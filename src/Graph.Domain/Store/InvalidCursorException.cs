namespace Graph.Domain.Store;

/// <summary>Thrown when a page cursor was not issued by this store.</summary>
public sealed class InvalidCursorException : Exception
{
    /// <summary>Creates the exception for the cursor text that could not be read.</summary>
    public InvalidCursorException(string cursor)
        : base($"The cursor '{cursor}' is not one this service issued; pass an endCursor from an earlier page.")
    {
    }

    /// <summary>For serializers; prefer the cursor constructor.</summary>
    public InvalidCursorException() : base("The cursor is not one this service issued.")
    {
    }

    /// <summary>For serializers; prefer the cursor constructor.</summary>
    public InvalidCursorException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
