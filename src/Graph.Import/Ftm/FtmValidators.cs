using System.Collections.Frozen;

namespace Graph.Import.Ftm;

/// <summary>Picks the validator for a record by its schema; validators hold no state, so one set serves every read.</summary>
internal static class FtmValidators
{
    private static readonly FtmRecordValidator Record = new();
    private static readonly FtmNodeValidator Node = new();
    private static readonly FtmSanctionValidator Sanction = new();
    private static readonly FrozenDictionary<string, FtmEdgeValidator> Edges =
        FtmSchemata.Edges.ToFrozenDictionary(e => e.Key, e => new FtmEdgeValidator(e.Value), StringComparer.Ordinal);

    /// <summary>The validator for the record, or null for a schema the graph does not model: it is only counted.</summary>
    public static FtmValidator? For(FtmRecord record)
    {
        if (record.IsDelete || record.Schema is not { } schema) return Record;
        if (FtmSchemata.Nodes.ContainsKey(schema)) return Node;
        if (schema == FtmSchemata.Sanction) return Sanction;
        return Edges.GetValueOrDefault(schema);
    }
}
