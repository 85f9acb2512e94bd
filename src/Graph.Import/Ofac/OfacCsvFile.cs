namespace Graph.Import.Ofac;

/// <summary>One OFAC CSV input: its text and the name to report it by.</summary>
/// <param name="Name">The file as the user named it, e.g. "data/sdn.csv"; rejected records cite it.</param>
/// <param name="Reader">The text of the file.</param>
public sealed record OfacCsvFile(string Name, TextReader Reader);
