using Graph.Api.Lookups.OEmbed;
using Graph.Api.Lookups.Pages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Lookups;

internal static class LookupExtensions
{
    /// <summary>
    /// The journalists' surfaces' services: their options from the "Lookups" section (validated at start), the dossier
    /// reader, the byte-bounded cache of rendered answers and the responder that serves them with ETags.
    /// </summary>
    public static IServiceCollection AddLookups(this IServiceCollection services)
    {
        services.AddOptions<LookupOptions>().BindConfiguration(LookupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EntityDossierReader>();
        services.AddSingleton<LookupAnswerCache>();
        services.AddSingleton<LookupResponder>();
        services.AddSingleton<PublicAddress>();
        return services;
    }

    /// <summary>
    /// The journalists' surfaces: the entity page and search page, the embed card, the oEmbed provider, the JSON
    /// lookup API and the web component's script.
    /// </summary>
    public static WebApplication MapLookups(this WebApplication app)
    {
        app.MapEntityPages();
        app.MapEmbedCards();
        app.MapOEmbed();
        app.MapLookupApi();
        app.MapEmbedScript();
        return app;
    }
}
