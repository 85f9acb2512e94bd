namespace Graph.Api.Imports;

internal static class ImportUploadExtensions
{
    /// <summary>
    /// The upload side of POST /imports: its limits (<c>Imports:MaxUploadBytes</c>) and this instance's upload folder,
    /// made at start, which also removes the folders of instances that stopped without cleaning up.
    /// </summary>
    public static IServiceCollection AddImportUploads(this IServiceCollection services)
    {
        services.AddOptions<ImportUploadOptions>().BindConfiguration(ImportUploadOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0, "Imports:MaxUploadBytes must be a positive number of bytes.");
        services.AddSingleton<UploadRoot>();
        services.AddHostedService<UploadRootStartup>();
        return services;
    }
}
