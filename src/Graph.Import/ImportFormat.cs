using Graph.Import.Reading;

namespace Graph.Import;

/// <summary>
/// A format the importers read, as every way in names it: <c>--format</c> of the CLI, <c>format=</c> of POST /imports,
/// and (upper case, dashes as underscores) the <c>ImportFormat</c> enum of GraphQL.
/// </summary>
/// <param name="Name">The name scripts pass, e.g. "ofac-csv".</param>
/// <param name="Description">What the format is, for help texts and the schema.</param>
/// <param name="BodyFileName">The file name an upload sent as a bare body is saved under.</param>
/// <param name="Reader">The format's reader.</param>
public sealed record ImportFormat(string Name, string Description, string BodyFileName, IDesignationReader Reader)
{
    public override string ToString() => Name;
}
