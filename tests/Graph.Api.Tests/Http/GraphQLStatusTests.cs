using Graph.Api.Http;
using Graph.Domain.Store;
using GraphQL;

namespace Graph.Api.Tests.Http;

/// <summary>The status /graphql answers with, from the error codes of the shared contracts, under both media types.</summary>
public sealed class GraphQLStatusTests
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    [Theory]
    [InlineData("COST_LIMIT_EXCEEDED", false, Json)]
    [InlineData("COST_LIMIT_EXCEEDED", false, GraphQLResponse)]
    [InlineData("DEPTH_LIMIT_EXCEEDED", false, Json)]
    [InlineData("DEPTH_LIMIT_EXCEEDED", false, GraphQLResponse)]
    [InlineData("RESPONSE_TOO_LARGE", true, Json)]
    [InlineData("RESPONSE_TOO_LARGE", true, GraphQLResponse)]
    public void A_request_refused_as_a_whole_is_a_400_under_both_media_types(string code, bool executed, string mediaType)
    {
        var answer = GraphQLAnswer.Of(Failed(code, executed), mediaType);

        Assert.Equal(400, answer.Status);
        Assert.Null(answer.RetryAfter);
    }

    [Theory]
    [InlineData("TIMEOUT", Json, 5)]
    [InlineData("TIMEOUT", GraphQLResponse, 5)]
    [InlineData("BUSY", Json, 1)]
    [InlineData("BUSY", GraphQLResponse, 1)]
    public void A_service_that_cannot_answer_now_is_a_503_with_retry_after(string code, string mediaType, int seconds)
    {
        var answer = GraphQLAnswer.Of(Failed(code, executed: false), mediaType);

        Assert.Equal(503, answer.Status);
        Assert.Equal(TimeSpan.FromSeconds(seconds), answer.RetryAfter);
    }

    [Fact]
    public void A_field_that_met_a_busy_store_turns_the_answer_into_a_busy_503_without_data()
    {
        var busy = new StoreBusyException("/srv/data/graph.db is locked") { RetryAfter = TimeSpan.FromSeconds(7) };
        var result = new ExecutionResult { Executed = true, Data = new Dictionary<string, object?>(), Errors = [new ExecutionError("Error trying to resolve field 'entity'.", new AggregateException(busy))] };

        var answer = GraphQLAnswer.Of(result, Json);

        Assert.Equal(503, answer.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), answer.RetryAfter);
        Assert.Null(answer.Result.Data);
        var error = Assert.Single(answer.Result.Errors!);
        Assert.Equal("BUSY", error.Code);
        Assert.DoesNotContain("/srv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Json, 200)]
    [InlineData(GraphQLResponse, 400)]
    public void A_validation_error_follows_graphql_over_http(string mediaType, int status)
    {
        Assert.Equal(status, GraphQLAnswer.Of(Failed("FIELD_NOT_FOUND", executed: false), mediaType).Status);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public void A_field_error_in_an_executed_query_is_a_200(string mediaType)
    {
        Assert.Equal(200, GraphQLAnswer.Of(Failed("BAD_USER_INPUT", executed: true), mediaType).Status);
    }

    private static ExecutionResult Failed(string code, bool executed) =>
        new() { Executed = executed, Errors = [new ExecutionError("refused") { Code = code }] };
}
