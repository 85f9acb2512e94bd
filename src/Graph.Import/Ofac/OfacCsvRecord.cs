namespace Graph.Import.Ofac;

/// <summary>One record of an OFAC CSV file, with the empty marker "-0- " already turned into null.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Text">The record exactly as the file writes it, without its line break.</param>
/// <param name="Fields">The unquoted, trimmed values; null where the file has nothing.</param>
internal sealed record OfacCsvRecord(string File, int Line, string Text, IReadOnlyList<string?> Fields)
{
    /// <summary>The value at <paramref name="index"/>, or null when the record is shorter.</summary>
    public string? Field(int index) => index < Fields.Count ? Fields[index] : null;
}
