namespace Graph.Api.Imports;

/// <summary>Makes the upload folder when the service starts rather than on the first upload, so stale folders go at start.</summary>
internal sealed class UploadRootStartup(UploadRoot root) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(root);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
