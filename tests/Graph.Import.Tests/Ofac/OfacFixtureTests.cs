using Graph.Domain.Model;

namespace Graph.Import.Tests.Ofac;

public sealed class OfacFixtureTests
{
    private readonly ParsedInput _input = OfacFixture.Read();

    [Fact]
    public void Every_row_of_the_slice_becomes_one_entity_and_one_sanction_and_nothing_is_rejected()
    {
        Assert.Empty(_input.Rejected);
        Assert.Equal(30, _input.Entities.Count);
        Assert.Equal(30, _input.Sanctions.Count);
        Assert.Equal(_input.Entities.Select(e => e.Id), _input.Sanctions.Select(s => s.TargetId));
        Assert.Equal(6, _input.Relationships.Count);
        Assert.Equal("Office of Foreign Assets Control", _input.Authorities["ofac"]);
        Assert.Equal(new DatasetPublication("us_ofac_sdn", OfacFixture.Published), _input.Publication);
    }

    [Fact]
    public void The_name_is_kept_as_OFAC_writes_it_and_the_title_column_is_the_persons_position()
    {
        var camara = _input.Entity(11972);

        Assert.Equal(EntityKind.Person, camara.Kind);
        Assert.Equal("CAMARA, Ibraima Papa", camara.Name);
        Assert.Equal(["CAMARA, Ibrahima Papa"], camara.Aliases);
        Assert.Equal(["Brigadier General, Air Force Chief of Staff of Guinea-Bissau"], camara.Property("position"));
        Assert.Equal(["Guinea-Bissau"], camara.Property("nationality"));
        Assert.Equal(["051880 (Guinea-Bissau)", "SA0002338 (Guinea-Bissau)"], camara.Property("passportNumber"));
        Assert.Equal(["National ID No.: 114466 (Guinea-Bissau)"], camara.Property("idNumber"));
    }

    [Fact]
    public void Birth_date_place_passport_and_identity_numbers_come_from_the_remarks()
    {
        var logan = _input.Entity(10278);

        Assert.Equal(["1963-07-28"], logan.Property("birthDate"));
        Assert.Equal(["Toledo District, Belize"], logan.Property("birthPlace"));
        Assert.Equal(["P0017003 (Belize)"], logan.Property("passportNumber"));
        Assert.Equal(["SSN: 561-77-9011 (United States)"], logan.Property("idNumber"));
        Assert.Equal(["BURTON BURGESS"], logan.Aliases);
        Assert.Empty(logan.Property("notes"));
    }

    [Fact]
    public void Partial_circa_and_ranged_birth_dates_keep_only_what_OFAC_knows()
    {
        Assert.Equal(["1945-03"], _input.Entity(11377).Property("birthDate"));
        Assert.Equal(["1945", "1950"], _input.Entity(9754).Property("birthDate"));
        Assert.Equal(["1929", "1930"], _input.Entity(15496).Property("birthDate"));
        Assert.Equal(["1958"], _input.Entity(12060).Property("birthDate"));
    }

    [Fact]
    public void Nationality_citizenship_and_gender_are_read_as_written()
    {
        var mortezavi = _input.Entity(12113);

        Assert.Equal(["Iran"], mortezavi.Property("citizenship"));
        Assert.Equal(["male"], mortezavi.Property("gender"));
        Assert.Equal(["Egypt", "Pakistan"], _input.Entity(11377).Property("nationality"));
        Assert.Equal(["Brigadier General"], _input.Entity(12060).Property("title"));
    }

    [Fact]
    public void Programmes_written_in_one_field_are_split()
    {
        Assert.Equal(["SDGT", "SYRIA", "NPWMD", "IRGC", "IFSR"], _input.Sanction(10481).Programs);
        Assert.Equal(["SDNTK"], _input.Sanction(11972).Programs);
    }

    [Fact]
    public void Each_sanction_blocks_and_leaves_its_dates_to_the_import_runner()
    {
        var sanction = _input.Sanction(10278);

        Assert.Equal(("ofac", "ofac-10278"), (sanction.AuthorityId, sanction.TargetId));
        Assert.Equal(["Block"], sanction.Provisions);
        Assert.Equal("us_ofac_sdn", sanction.Dataset);
        Assert.Null(sanction.ListedOn);
        Assert.Null(sanction.FirstSeen);
        Assert.Null(sanction.LastSeen);
        Assert.Null(sanction.Reason);
    }

    [Fact]
    public void Aliases_come_from_alt_csv_first_then_from_the_remarks_without_repeats()
    {
        var company = _input.Entity(11195);

        Assert.Equal(
            ["HESA", "HESA TRADE CENTER", "IRAN AIRCRAFT MANUFACTURING INDUSTRIES", "IAMI", "IRAN AIRCRAFT MANUFACTURING COMPANY",
             "IAMCO", "KARKHANEJATE SANAYE HAVAPAYMAIE IRAN", "HTC", "HAVA PEYMA SAZI-E IRAN", "HAVAPEYMA SAZI IRAN",
             "HAVAPEYMA SAZHRAN", "HEVAPEIMASAZI"],
            company.Aliases);
        Assert.Contains("IRAN OVERSEAS INVESTMENT BANK PLC", _input.Entity(4642).Aliases);
        Assert.Equal(["SERVICIOS Y GASOLINERAS BARRANCOS, S.A. DE C.V."], _input.Entity(13421).Aliases);
        Assert.Equal(["NUCLEAR RESEARCH CENTER FOR AGRICULTURE AND MEDICINE", "KARAJ NUCLEAR RESEARCH CENTER FOR AGRICULTURE AND MEDICINE", "AMIRC", "NRCAM"],
            _input.Entity(25663).Aliases);
    }

    [Fact]
    public void A_vessel_carries_the_vessel_columns_and_its_IMO_number()
    {
        var ark = _input.Entity(15037);

        Assert.Equal(EntityKind.Vessel, ark.Kind);
        Assert.Equal(["9HDQ9"], ark.Property("callSign"));
        Assert.Equal(["Crude/Oil Products Tanker"], ark.Property("type"));
        Assert.Equal(["99,030"], ark.Property("tonnage"));
        Assert.Equal(["56,068"], ark.Property("grossRegisteredTonnage"));
        Assert.Equal(["Panama"], ark.Property("flag"));
        Assert.Equal(["Malta", "Tanzania"], ark.Property("pastFlags"));
        Assert.Equal(["IMO9187655"], ark.Property("imoNumber"));
        Assert.Equal(["256842000"], ark.Property("mmsi"));
        Assert.Equal(["Compania Navegacion Golfo S.A."], _input.Entity(4234).Property("owner"));
    }

    [Fact]
    public void An_aircraft_carries_its_model_serial_number_and_build_date()
    {
        var aircraft = _input.Entity(26345);

        Assert.Equal(EntityKind.Aircraft, aircraft.Kind);
        Assert.Equal(["Boeing B747"], aircraft.Property("model"));
        Assert.Equal(["24576"], aircraft.Property("serialNumber"));
        Assert.Equal(["1990-10-16"], aircraft.Property("buildDate"));
    }

    [Fact]
    public void Addresses_from_add_csv_give_the_joined_address_and_the_country()
    {
        var bank = _input.Entity(4642);

        Assert.Equal(EntityKind.Organization, bank.Kind);
        Assert.Equal(
            ["5 Lothbury, London EC2R 7HD, United Kingdom",
             "PO Box 15175/584, 6th Floor, Sadaf Bldg, 1137 Vali Asr Ave, Tehran 15119-43885, Iran"],
            bank.Property("address"));
        Assert.Equal(["United Kingdom", "Iran"], bank.Property("country"));
    }

    [Fact]
    public void The_empty_marker_is_no_value_at_all()
    {
        var airline = _input.Entity(36);

        Assert.Equal(EntityKind.Organization, airline.Kind);
        Assert.Equal(["Havana, Cuba"], airline.Property("address"));
        Assert.Equal(["address", "country"], airline.Properties.Keys);
        Assert.Empty(_input.Entity(10278).Property("address"));
        Assert.DoesNotContain(_input.Entities, e => e.Properties.Values.Any(values => values.Any(v => v.Contains("-0-", StringComparison.Ordinal))));
    }
}
