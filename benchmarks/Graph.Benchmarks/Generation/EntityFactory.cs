using System.Globalization;
using Graph.Domain.Model;

namespace Graph.Benchmarks.Generation;

/// <summary>One synthetic entity at a time, with its properties, and on about 5 % of them a sanction.</summary>
internal sealed class EntityFactory(Random random)
{
    private const double SanctionedShare = 0.05;
    private static readonly Source Registry = new("Synthetic registry extract", "https://example.org/registry", "Benchmark generator", PartialDate.Parse("2024-01"), null);
    private readonly NameFactory _names = new(random);
    private long _sanctions;

    public static int AuthorityCount => NameLists.Authorities.Length;

    /// <summary>The first entities are the authorities; the rest are mostly persons, companies and organisations.</summary>
    public EntityKind KindOf(int index)
    {
        if (index < AuthorityCount) return EntityKind.PublicBody;
        return random.NextDouble() switch
        {
            < 0.55 => EntityKind.Person,
            < 0.80 => EntityKind.Company,
            < 0.92 => EntityKind.Organization,
            < 0.95 => EntityKind.PublicBody,
            < 0.98 => EntityKind.Position,
            < 0.995 => EntityKind.Event,
            _ => EntityKind.Country,
        };
    }

    public Entity Create(int index, EntityKind kind)
    {
        var (name, aliases) = index < AuthorityCount ? (NameLists.Authorities[index], []) : _names.For(kind);
        return new Entity(SyntheticIds.Entity(index), kind, name)
        {
            Aliases = aliases,
            Properties = Properties(kind),
            Sources = random.Next(10) == 0 ? [Registry] : [],
        };
    }

    /// <summary>A sanction on the entity about one time in twenty, from one of the authorities.</summary>
    public Sanction? MaybeSanction(int index)
    {
        if (index < AuthorityCount || random.NextDouble() >= SanctionedShare) return null;
        var listed = new DateOnly(2014, 1, 1).AddDays(random.Next(4000));
        return new Sanction(SyntheticIds.Sanction(_sanctions++), SyntheticIds.Entity(random.Next(AuthorityCount)), SyntheticIds.Entity(index))
        {
            Programs = random.Next(4) == 0 ? [_names.Pick(NameLists.Programs), _names.Pick(NameLists.Programs)] : [_names.Pick(NameLists.Programs)],
            Provisions = ["Block"],
            ListedOn = random.Next(3) == 0 ? PartialDate.Parse(listed.ToString("yyyy-MM", CultureInfo.InvariantCulture)) : PartialDate.FromDate(listed),
            Reason = "Synthetic designation for benchmarking.",
        };
    }

    private Dictionary<string, IReadOnlyList<string>> Properties(EntityKind kind)
    {
        var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["country"] = [_names.Pick(NameLists.CountryCodes)],
        };
        if (kind == EntityKind.Person)
        {
            properties["birthDate"] = [new DateOnly(1950, 1, 1).AddDays(random.Next(18000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        }
        else if (kind == EntityKind.Company)
        {
            properties["registrationNumber"] = [random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)];
        }
        return properties;
    }
}
