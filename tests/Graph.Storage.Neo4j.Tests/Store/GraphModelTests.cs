using Graph.Domain.Model;
using Graph.Storage.Contract;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class GraphModelTests
{
    private const string Hostile = "x'}) DETACH DELETE n // \"é\" `$p` \\ \n";

    [Fact]
    public void An_entity_is_a_node_labelled_Entity_and_its_kind_with_its_fields_as_properties()
    {
        var entity = new Entity("ofac", EntityKind.PublicBody, "Office of Foreign Assets Control")
        {
            Aliases = ["OFAC", "Office Of Foreign Assets Control"],
            Properties = new Dictionary<string, IReadOnlyList<string>> { ["country"] = ["us"] },
            Sources = [Some.Source()],
            Note = "a note",
        };

        var node = GraphModel.Node(entity);

        Assert.Equal("ofac", node.Id);
        Assert.Equal(["Entity", "PublicBody"], node.Labels);
        Assert.Equal("ofac", node.Properties["id"]);
        Assert.Equal("PublicBody", node.Properties["kind"]);
        Assert.Equal("Office of Foreign Assets Control", node.Properties["name"]);
        Assert.Equal(["OFAC", "Office Of Foreign Assets Control"], Assert.IsType<string[]>(node.Properties["aliases"]));
        Assert.Equal("OFAC\nOffice Of Foreign Assets Control", node.Properties["aliasText"]);
        Assert.Equal(["ofac", "office of foreign assets control"], Assert.IsType<string[]>(node.Properties["keys"]));
        Assert.Equal("a note", node.Properties["note"]);
        Assert.Contains("\"country\":[\"us\"]", Assert.IsType<string>(node.Properties["properties"]), StringComparison.Ordinal);
        Assert.Contains("\"quote\":\"a quote\"", Assert.IsType<string>(node.Properties["sources"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_are_left_out_rather_than_stored_as_null()
    {
        var node = GraphModel.Node(new Entity("p1", EntityKind.Person, "A"));
        var sanction = GraphModel.Node(new Sanction("s1", "ofac", "p1"));

        Assert.DoesNotContain("note", node.Properties.Keys);
        Assert.All(node.Properties.Values.Concat(sanction.Properties.Values), Assert.NotNull);
        Assert.DoesNotContain("listedOn", sanction.Properties.Keys);
        Assert.DoesNotContain("dataset", sanction.Properties.Keys);
    }

    [Fact]
    public void Property_values_keep_every_character_as_written()
    {
        var node = GraphModel.Node(new Entity("a`b", EntityKind.Person, Hostile) { Aliases = [Hostile] });

        Assert.Equal(Hostile, node.Properties["name"]);
        Assert.Equal("a`b", node.Properties["id"]);
        Assert.Equal([Hostile], Assert.IsType<string[]>(node.Properties["aliases"]));
        Assert.Equal(Hostile.ToLowerInvariant(), Assert.IsType<string[]>(node.Properties["keys"])[1]);
    }

    [Fact]
    public void A_sanction_is_a_node_with_dates_as_iso_text_and_the_days_they_span()
    {
        var sanction = new Sanction("s1", "ofac", "p1")
        {
            Programs = ["RUSSIA-EO14024", "russia-eo14024"],
            Provisions = ["Block"],
            ListedOn = PartialDate.Parse("2024-02"),
            EndedOn = PartialDate.Parse("2025"),
            FirstSeen = PartialDate.Parse("2024-02-23"),
            LastSeen = PartialDate.Parse("2024-03-01"),
            Dataset = "us_ofac_sdn",
            Reason = "why",
        };

        var node = GraphModel.Node(sanction);

        Assert.Equal(["Sanction"], node.Labels);
        Assert.Equal("ofac", node.Properties["authorityId"]);
        Assert.Equal("p1", node.Properties["targetId"]);
        Assert.Equal(["russia-eo14024"], Assert.IsType<string[]>(node.Properties["programKeys"]));
        Assert.Equal("2024-02", node.Properties["listedOn"]);
        Assert.Equal("2024-02-01", node.Properties["listedMin"]);
        Assert.Equal("2024-02-29", node.Properties["listedMax"]);
        Assert.Equal("2025-01-01", node.Properties["endedMin"]);
        Assert.Equal("2025-12-31", node.Properties["endedMax"]);
        Assert.Equal("2024-02-23", node.Properties["firstSeenDay"]);
        Assert.Equal("us_ofac_sdn", node.Properties["dataset"]);
    }

    [Fact]
    public void A_sanction_targets_its_target_and_is_issued_by_its_authority()
    {
        var edges = GraphModel.Edges(new Sanction("s1", "ofac", "p1"));

        Assert.Equal([("TARGETS", "s1", "p1"), ("ISSUED_BY", "s1", "ofac")], edges.Select(e => (e.Type, e.StartId, e.EndId)));
    }

    [Theory]
    [InlineData("same_as", "SAME_AS")]
    [InlineData("ownership", "OWNERSHIP")]
    [InlineData("unknown", "UNKNOWN")]
    public void A_relationship_is_a_typed_neo4j_relationship_in_upper_case(string type, string neo4jType)
    {
        var edge = GraphModel.Edge(new Relationship("r1", type, "a", "b") { Role = "owner", StartDate = PartialDate.Parse("2020-05") });

        Assert.Equal((neo4jType, "a", "b"), (edge.Type, edge.StartId, edge.EndId));
        Assert.Equal(type, edge.Properties["type"]);
        Assert.Equal("r1", edge.Properties["id"]);
        Assert.Equal("owner", edge.Properties["role"]);
        Assert.Equal("2020-05", edge.Properties["startDate"]);
        Assert.DoesNotContain("endDate", edge.Properties.Keys);
    }

    [Fact]
    public void An_unknown_relationship_type_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphModel.Edge(new Relationship("r1", "KNOWS]->(x) DELETE x //", "a", "b")));

        Assert.Contains("KNOWS]->(x) DELETE x //", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_and_relationship_type_has_its_own_name()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Length, GraphModel.KindLabels.Distinct().Count());
        Assert.Equal(RelationshipTypes.All.Count, GraphModel.RelationshipTypes.Distinct().Count());
        Assert.DoesNotContain(GraphModel.EntityLabel, GraphModel.KindLabels);
        Assert.DoesNotContain(GraphModel.TargetsType, GraphModel.RelationshipTypes);
        Assert.DoesNotContain(GraphModel.KeyOfType, GraphModel.RelationshipTypes);
        Assert.DoesNotContain(GraphModel.EntityKeyLabel, GraphModel.KindLabels);
    }

    [Fact]
    public void Records_read_back_from_their_shapes_exactly()
    {
        var entity = new Entity("p1", EntityKind.Person, Hostile)
        {
            Aliases = ["Alou Boi Diarra"],
            Properties = new Dictionary<string, IReadOnlyList<string>> { ["nationality"] = ["ml", "fr"] },
            Sources = [Some.Source("Alou Boï Diarra"), new Source("Bare", null, null, null, null)],
            Note = "n",
        };
        var sanction = Some.Sanction("s1", "ofac", "p1", "2023-07", "MALI") with { EndedOn = PartialDate.Parse("2024"), Dataset = "d", Reason = "r" };
        var relationship = Some.Tie("p1", "p2", "same_as") with { Role = "alias", EndDate = PartialDate.Parse("2021-01-02"), Note = "x" };

        var readEntity = RecordReader.Entity(Rows.Entity(entity));
        var readSanction = RecordReader.Sanction(Rows.Sanction(sanction));
        var readRelationship = RecordReader.Relationship(Rows.Relationship(relationship));

        Assert.Equal((entity.Id, entity.Kind, entity.Name, entity.Note), (readEntity.Id, readEntity.Kind, readEntity.Name, readEntity.Note));
        Assert.Equal(entity.Aliases, readEntity.Aliases);
        Assert.Equal(entity.Sources, readEntity.Sources);
        Assert.Equal(["ml", "fr"], readEntity.Property("nationality"));
        Assert.Equal(sanction with { Programs = [], Provisions = [], Sources = [] }, readSanction with { Programs = [], Provisions = [], Sources = [] });
        Assert.Equal(sanction.Programs, readSanction.Programs);
        Assert.Equal(sanction.Sources, readSanction.Sources);
        Assert.Equal(relationship with { Sources = [] }, readRelationship with { Sources = [] });
        Assert.Equal(relationship.Sources, readRelationship.Sources);
    }
}
