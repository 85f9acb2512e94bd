namespace Graph.Domain.Model;

/// <summary>Where a fact comes from, with the verbatim words that support it.</summary>
/// <param name="Title">The title of the document.</param>
/// <param name="Url">Where the document can be read, when known.</param>
/// <param name="Publisher">Who published the document.</param>
/// <param name="PublishedOn">When the document was published, possibly partial.</param>
/// <param name="Quote">The verbatim passage of the document that supports the fact.</param>
public sealed record Source(string Title, string? Url, string? Publisher, PartialDate? PublishedOn, string? Quote);
