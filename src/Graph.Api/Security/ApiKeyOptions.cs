namespace Graph.Api.Security;

/// <summary>The API keys that may write. Bound from the configuration section "Auth".</summary>
internal sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>The keys (<c>Auth:ApiKeys</c>, e.g. environment <c>Auth__ApiKeys__0</c>). With none, every write is refused.</summary>
    public List<string> ApiKeys { get; set; } = [];
}
