namespace Graph.Export.Tests.Cypher;

internal sealed record ScriptNode(IReadOnlyList<string> Labels, string Id, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The labels the statement removes before it sets the node's own.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}

internal sealed record ScriptEdge(string StartLabel, string StartId, string EndLabel, string EndId, string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// Reads a Cypher export back: its schema statements, and the node and relationship each MERGE statement writes,
/// with literal values decoded. Anything else in the script fails the read.
/// </summary>
internal sealed class CypherScript
{
    private readonly List<Token> _tokens;
    private int _at;

    private CypherScript(string text) => _tokens = CypherTokens.Of(text);

    public List<string> SchemaStatements { get; } = [];

    /// <summary>The statement that moves the store's meta node, as its words.</summary>
    public List<string> MetaStatements { get; } = [];

    public List<ScriptNode> Nodes { get; } = [];

    public List<ScriptEdge> Edges { get; } = [];

    public static CypherScript Parse(string text)
    {
        var script = new CypherScript(text);
        script.ReadAll();
        return script;
    }

    private Token Next => _tokens[_at];

    private void ReadAll()
    {
        while (Next.Kind != TokenKind.End)
        {
            if (IsWord("CREATE")) SchemaStatements.Add(ReadWords());
            else if (IsWord("MERGE") && _tokens[_at + 4].Text == "GraphMeta") MetaStatements.Add(ReadWords());
            else if (IsWord("MERGE")) ReadNode();
            else if (IsWord("MATCH")) ReadEdge();
            else throw new FormatException($"Unexpected '{Next.Text}' at token {_at}.");
            Expect(";");
        }
    }

    private string ReadWords()
    {
        var words = new List<string>();
        for (; !IsSymbol(";"); _at++) words.Add(_tokens[_at].Kind == TokenKind.Text ? $"'{_tokens[_at].Value}'" : _tokens[_at].Text);
        return string.Join(' ', words);
    }

    // MERGE (n:Label {id: 'x'}) [REMOVE n:Kind:Kind…] SET n = {…}[, n:Label]*
    private void ReadNode()
    {
        Expect("MERGE"); Expect("("); Expect("n"); Expect(":");
        var labels = new List<string> { ReadName() };
        Expect("{"); Expect("id"); Expect(":");
        var id = (string)ReadValue()!;
        Expect("}"); Expect(")");
        var removed = new List<string>();
        if (IsWord("REMOVE"))
        {
            _at++;
            Expect("n");
            while (TakeSymbol(":")) removed.Add(ReadName());
        }
        Expect("SET"); Expect("n"); Expect("=");
        var properties = new Dictionary<string, object?>(ReadMap());
        while (TakeSymbol(","))
        {
            Expect("n"); Expect(":");
            labels.Add(ReadName());
        }
        Nodes.Add(new ScriptNode(labels, id, properties) { Removed = removed });
    }

    // MATCH (a:L {id: 'x'}) MATCH (b:L {id: 'y'}) MERGE (a)-[r:TYPE [{id: 'z'}]]->(b) [SET r = {…}]
    private void ReadEdge()
    {
        var (startLabel, startId) = ReadMatch("a");
        var (endLabel, endId) = ReadMatch("b");
        Expect("MERGE"); Expect("("); Expect("a"); Expect(")"); Expect("-"); Expect("["); Expect("r"); Expect(":");
        var type = ReadName();
        var merged = IsSymbol("{") ? ReadMap() : [];
        Expect("]"); Expect("-"); Expect(">"); Expect("("); Expect("b"); Expect(")");
        var properties = new Dictionary<string, object?>();
        if (IsWord("SET"))
        {
            _at++;
            Expect("r"); Expect("=");
            foreach (var (key, value) in ReadMap()) properties.Add(key, value);
            if (merged.Any(m => !Equals(properties.GetValueOrDefault(m.Key), m.Value))) throw new FormatException("The merged id differs from the id set.");
        }
        else
        {
            foreach (var (key, value) in merged) properties.Add(key, value);
        }
        Edges.Add(new ScriptEdge(startLabel, startId, endLabel, endId, type, properties));
    }

    private (string Label, string Id) ReadMatch(string variable)
    {
        Expect("MATCH"); Expect("("); Expect(variable); Expect(":");
        var label = ReadName();
        Expect("{"); Expect("id"); Expect(":");
        var id = (string)ReadValue()!;
        Expect("}"); Expect(")");
        return (label, id);
    }

    private List<KeyValuePair<string, object?>> ReadMap()
    {
        Expect("{");
        var entries = new List<KeyValuePair<string, object?>>();
        while (!TakeSymbol("}"))
        {
            if (entries.Count > 0) Expect(",");
            var key = ReadName();
            Expect(":");
            entries.Add(new(key, ReadValue()));
        }
        return entries;
    }

    private object? ReadValue()
    {
        var token = _tokens[_at++];
        switch (token.Kind)
        {
            case TokenKind.Text or TokenKind.Integer or TokenKind.Real: return token.Value;
            case TokenKind.Word when token.Text is "true" or "false": return token.Text == "true";
            case TokenKind.Symbol when token.Text == "[":
                var items = new List<object?>();
                while (!TakeSymbol("]"))
                {
                    if (items.Count > 0) Expect(",");
                    items.Add(ReadValue());
                }
                return items;
            default: throw new FormatException($"'{token.Text}' is no literal (token {_at - 1}).");
        }
    }

    private string ReadName()
    {
        var token = _tokens[_at++];
        return token.Kind is TokenKind.Word or TokenKind.Name ? token.Text : throw new FormatException($"'{token.Text}' is no name (token {_at - 1}).");
    }

    private bool IsWord(string word) => Next.Kind == TokenKind.Word && Next.Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(string symbol) => Next.Kind == TokenKind.Symbol && Next.Text == symbol;

    private bool TakeSymbol(string symbol)
    {
        if (!IsSymbol(symbol)) return false;
        _at++;
        return true;
    }

    private void Expect(string text)
    {
        var token = _tokens[_at];
        if (token.Kind is not (TokenKind.Word or TokenKind.Symbol) || !token.Text.Equals(text, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Expected '{text}' but read '{token.Text}' ({token.Kind}) at token {_at}.");
        }
        _at++;
    }
}
