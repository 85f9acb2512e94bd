using Graph.Import;
using GraphQL.Types;

namespace Graph.GraphQL.Mutations;

/// <summary>The formats of <see cref="ImportFormats"/>, named as the CLI names them in upper case with underscores: "ofac-csv" is OFAC_CSV.</summary>
internal sealed class ImportFormatGraphType : EnumerationGraphType
{
    public ImportFormatGraphType()
    {
        Name = "ImportFormat";
        Description = "The formats the importers read.";
        foreach (var format in ImportFormats.All)
        {
            Add(format.Name.ToUpperInvariant().Replace('-', '_'), format, format.Description);
        }
    }
}
