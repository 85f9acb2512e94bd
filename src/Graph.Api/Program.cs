using Graph.Api.Errors;
using Graph.Api.Hosting;
using Graph.Api.Http;
using Graph.Api.Imports;
using Graph.Api.Lookups;
using Graph.Api.Matching;
using Graph.Api.Network;
using Graph.Api.Playground;
using Graph.Api.Security;
using Graph.GraphQL;
using Graph.Import;
using Graph.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphLogging();
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddGraphSchema(exposeExceptionDetails: builder.Environment.IsDevelopment());
builder.Services.AddImports().AddImportUploads();
builder.Services.AddStorePreparation();
builder.Services.AddApiKeyAuthentication();
builder.Services.AddGraphCors();
builder.Services.AddGraphQLHttp();
builder.Services.AddLookups();
builder.Services.AddMatching();
builder.Services.AddNetwork();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseGraphRequestLogging();
app.UseGraphErrorHandling();
app.UseStaticFiles();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.MapGraphQLEndpoint("/graphql");
app.MapImports();
app.MapLookups();
app.MapMatching();
app.MapNetwork();
app.MapHealth();
app.MapPing();
app.AnnouncePlayground();
app.WarnWithoutApiKeys();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
