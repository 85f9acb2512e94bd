namespace Graph.Import;

/// <summary>Why one record of an input was rejected, and where it is.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Line">The 1-based line of the offending field, or of the record.</param>
/// <param name="Field">The field's path within the record, e.g. "sources[0].quote".</param>
/// <param name="Message">What is wrong, in words the user can act on.</param>
public sealed record ImportError(string File, int Line, string Field, string Message)
{
    /// <summary>"file:line: field: message", the form compilers use so editors can jump to it; without a line when none is known.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}
