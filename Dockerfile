# The GraphQL service and the `graph` CLI in one image, built in two stages.
# Used by docker-compose.yml; on its own: docker build -t graph-api . && docker run -p 8080:8080 graph-api

# 1. Build: the .NET SDK, plus Node for the playground bundle (esbuild runs during the API's build).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Api -c Release -o /app \
 && dotnet publish src/Graph.Cli -c Release -o /app/cli

# 2. Run: the ASP.NET Core runtime only.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Store__Path=/data/graph.db
EXPOSE 8080
VOLUME /data
# The CLI sits beside the service: docker compose run --rm api graph import ... (see README).
RUN printf '#!/bin/sh\nexec dotnet /app/cli/graph.dll "$@"\n' > /usr/local/bin/graph && chmod +x /usr/local/bin/graph
ENTRYPOINT ["dotnet", "Graph.Api.dll"]
