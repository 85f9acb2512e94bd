using Graph.Domain.Model;

namespace Graph.Import.Ofac;

/// <summary>One sdn.csv entry with everything the other files and its Remarks add, before its links are resolved.</summary>
internal sealed record OfacDraft(SdnRow Row, string Id, EntityKind Kind, OfacProperties Properties, IReadOnlyList<string> Aliases,
    IReadOnlyList<OfacLink> Links);
