using Graph.Domain.Model;

namespace Graph.Import.Un;

/// <summary>The UN Security Council Consolidated List as the source of every fact the UN reader makes.</summary>
internal static class UnSource
{
    public const string Dataset = "un_sc_sanctions";
    public const string AuthorityId = "un-sc";
    public const string AuthorityName = "United Nations Security Council";

    private const string Title = "United Nations Security Council Consolidated List";
    private const string Url = "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list";

    /// <summary>The list as published on <paramref name="published"/>, quoting <paramref name="quote"/>.</summary>
    public static IReadOnlyList<Source> Quoting(string quote, DateOnly published) =>
        [new Source(Title, Url, AuthorityName, PartialDate.FromDate(published), quote)];
}
