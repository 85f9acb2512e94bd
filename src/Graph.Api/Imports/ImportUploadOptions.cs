namespace Graph.Api.Imports;

/// <summary>Limits of POST /imports, bound from the configuration section "Imports".</summary>
internal sealed class ImportUploadOptions
{
    public const string Section = "Imports";

    /// <summary>
    /// The largest upload body in bytes (<c>Imports:MaxUploadBytes</c>), for this endpoint alone: it is streamed to disk,
    /// so it may be far larger than a GraphQL request. Default 256 MiB, about fifty OFAC publications.
    /// </summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;
}
