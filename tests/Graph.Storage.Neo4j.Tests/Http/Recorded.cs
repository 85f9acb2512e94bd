namespace Graph.Storage.Neo4j.Tests.Http;

/// <summary>
/// Answers in the shapes Neo4j's Query API documentation shows (https://neo4j.com/docs/query-api/current/):
/// each constant names the page its shape follows.
/// </summary>
internal static class Recorded
{
    /// <summary>One row with a value of every kind; typed-json/ (the "Type mapping" table).</summary>
    public const string EveryType = """
        {
          "data": {
            "fields": ["null", "bool", "intText", "intNumber", "float", "floatExp", "nan", "inf", "negInf", "text", "bytes",
                       "list", "map", "date", "time", "localTime", "dateTime", "zoned", "offset", "localDateTime",
                       "duration", "point", "node", "rel", "path"],
            "values": [[
              {"$type": "Null", "_value": null},
              {"$type": "Boolean", "_value": true},
              {"$type": "Integer", "_value": "9007199254740993"},
              {"$type": "Integer", "_value": -42},
              {"$type": "Float", "_value": "4.56"},
              {"$type": "Float", "_value": "3.2E9"},
              {"$type": "Float", "_value": "NaN"},
              {"$type": "Float", "_value": "Infinity"},
              {"$type": "Float", "_value": "-Infinity"},
              {"$type": "String", "_value": "Assimi Goïta"},
              {"$type": "Base64", "_value": "A2+/"},
              {"$type": "List", "_value": [{"$type": "String", "_value": "A"}, {"$type": "Integer", "_value": "2"}]},
              {"$type": "Map", "_value": {"fieldA": {"$type": "String", "_value": "A"}, "nested": {"$type": "Map", "_value": {"n": {"$type": "Integer", "_value": "1"}}}}},
              {"$type": "Date", "_value": "2015-03-26"},
              {"$type": "Time", "_value": "12:50:35.556+01:00"},
              {"$type": "LocalTime", "_value": "12:50:35.556"},
              {"$type": "DateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"},
              {"$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"},
              {"$type": "OffsetDateTime", "_value": "2015-11-21T21:40:32.142Z"},
              {"$type": "LocalDateTime", "_value": "2015-07-04T19:32:24"},
              {"$type": "Duration", "_value": "P14DT16H12M"},
              {"$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)"},
              {"$type": "Node", "_value": {"_element_id": "4:ff04:2", "_labels": ["Entity", "Person"],
                "_properties": {"id": {"$type": "String", "_value": "sadio-camara"}, "born": {"$type": "Integer", "_value": "1979"}}}},
              {"$type": "Relationship", "_value": {"_element_id": "5:ff04:7", "_start_node_element_id": "4:ff04:2",
                "_end_node_element_id": "4:ff04:3", "_type": "MEMBER_OF", "_properties": {"role": {"$type": "String", "_value": "minister"}}}},
              {"$type": "Path", "_value": [
                {"$type": "Node", "_value": {"_element_id": "4:ff04:2", "_labels": ["Entity"], "_properties": {}}},
                {"$type": "Relationship", "_value": {"_element_id": "5:ff04:7", "_start_node_element_id": "4:ff04:2",
                  "_end_node_element_id": "4:ff04:3", "_type": "MEMBER_OF", "_properties": {}}},
                {"$type": "Node", "_value": {"_element_id": "4:ff04:3", "_labels": ["Entity"], "_properties": {}}}]}
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    /// <summary>A plain JSON answer with a node, scalars and a relationship; result-formats/ and plain-json/.</summary>
    public const string PlainJson = """
        {
          "data": {
            "fields": ["n", "name", "age", "score", "tags", "r"],
            "values": [[
              {"elementId": "4:ff04:0", "labels": ["Person"], "properties": {"name": "Alice", "age": 42}},
              "Alice", 42, 1.5, ["a", "b"],
              {"elementId": "5:ff04:1", "startNodeElementId": "4:ff04:0", "endNodeElementId": "4:ff04:1", "type": "KNOWS", "properties": {}}
            ]]
          },
          "bookmarks": ["FB:plain"]
        }
        """;

    /// <summary>Two rows of one column; query/.</summary>
    public const string TwoNames = """
        {"data": {"fields": ["name"], "values": [[{"$type": "String", "_value": "Alice"}], [{"$type": "String", "_value": "Bob"}]]},
         "bookmarks": ["FB:read"]}
        """;

    /// <summary>A write that returned nothing, with its bookmark; bookmarks/.</summary>
    public static string Written(string bookmark) => $$"""{"data": {"fields": [], "values": []}, "bookmarks": ["{{bookmark}}"]}""";

    /// <summary>authentication-authorization/ "Incorrect authentication".</summary>
    public const string Unauthorized = """
        {"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password."}]}
        """;

    public const string DatabaseNotFound = """
        {"errors": [{"code": "Neo.ClientError.Database.DatabaseNotFound", "message": "Graph not found: sanctions"}]}
        """;

    public const string ConstraintViolation = """
        {"errors": [{"code": "Neo.ClientError.Schema.ConstraintValidationFailed",
          "message": "Node(12) already exists with label `Entity` and property `id` = 'sadio-camara'"}]}
        """;

    public const string SyntaxError = """
        {"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRN'"}]}
        """;

    public const string Deadlock = """
        {"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[1] can't acquire ExclusiveLock"}]}
        """;

    /// <summary>What a reverse proxy answers when Neo4j is down: not JSON at all.</summary>
    public const string ProxyBadGateway = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    /// <summary>transactions/ "Create a transaction" (opened by a request without a statement).</summary>
    public const string TransactionOpened = """
        {"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
        """;

    /// <summary>transactions/ "Execute queries".</summary>
    public const string TransactionRan = """
        {"data": {"fields": ["bob"], "values": [[{"$type": "String", "_value": "Bob"}]]},
         "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:49:29Z"}}
        """;

    /// <summary>transactions/ "Commit a transaction".</summary>
    public const string TransactionCommitted = """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:committed"]}""";

    /// <summary>transactions/ "Transaction expiration and keep alive".</summary>
    public const string TransactionNotFound = """
        {"errors": [{"code": "Neo.ClientError.Request.Invalid",
          "message": "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}
        """;

    /// <summary>endpoints/ "Discovery API".</summary>
    public const string Discovery = """
        {"bolt_routing": "neo4j://localhost:7687", "query": "http://localhost:7474/db/{databaseName}/query/v2",
         "transaction": "http://localhost:7474/db/{databaseName}/tx", "bolt_direct": "bolt://localhost:7687",
         "neo4j_version": "5.26.0", "neo4j_edition": "enterprise", "auth_config": {"oidc_providers": []}}
        """;

    public const string One = """{"data": {"fields": ["ok"], "values": [[{"$type": "Integer", "_value": "1"}]]}, "bookmarks": []}""";

    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    /// <summary>The server's clock when it opened <see cref="TransactionOpened"/>: sixty seconds before it expires.</summary>
    public const string OpenedAt = "Tue, 22 Oct 2024 15:47:29 GMT";
}
