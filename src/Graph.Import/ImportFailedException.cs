namespace Graph.Import;

/// <summary>Thrown when an input has rejected records; nothing of that input was written.</summary>
public sealed class ImportFailedException : Exception
{
    /// <summary>Creates the exception for the rejected records.</summary>
    public ImportFailedException(IReadOnlyList<ImportError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>For serializers; prefer the errors constructor.</summary>
    public ImportFailedException() : this([])
    {
    }

    /// <summary>For serializers; prefer the errors constructor.</summary>
    public ImportFailedException(string message) : base(message) => Errors = [];

    /// <summary>For serializers; prefer the errors constructor.</summary>
    public ImportFailedException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Every rejected record, in file and line order.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    private static string Describe(IReadOnlyList<ImportError> errors) => errors.Count switch
    {
        0 => "The import failed.",
        1 => $"The import was rejected and nothing was written: {errors[0]}",
        _ => $"The import was rejected and nothing was written; {errors.Count} errors:{Environment.NewLine}"
             + string.Join(Environment.NewLine, errors.Select(e => "  " + e)),
    };
}
