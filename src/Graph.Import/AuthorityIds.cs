using Graph.Domain.Text;

namespace Graph.Import;

/// <summary>Stable ids for authorities known only by name, e.g. "authority-office-of-foreign-assets-control".</summary>
public static class AuthorityIds
{
    /// <summary>The id an authority of this name gets when no entity in the graph already stands for it.</summary>
    public static string ForName(string name) => "authority-" + string.Join('-', NameTokens.Of(name));
}
