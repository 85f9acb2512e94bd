using Graph.Api.Tests.Infrastructure;

namespace Graph.Api.Tests.Hostile;

/// <summary>The hub graph behind a service that takes writes with <see cref="Key"/>.</summary>
public sealed class KeyedHubGraph() : HubGraphApp(new() { ["Auth:ApiKeys:0"] = Key })
{
    public const string Key = "hostile-upload-key-0123456789";

    /// <summary>A client that sends the key, without a timeout of its own.</summary>
    public HttpClient Writer()
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}
