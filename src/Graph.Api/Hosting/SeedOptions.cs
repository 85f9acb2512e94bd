namespace Graph.Api.Hosting;

/// <summary>Where the seed data comes from. Bound from the configuration section "Seed".</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The seed file or folder (<c>Seed:Path</c>); by default the seed-data folder shipped beside the service.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>Whether an empty store is seeded on start (<c>Seed:Enabled</c>).</summary>
    public bool Enabled { get; set; } = true;
}
