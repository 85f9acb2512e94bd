namespace Graph.Api.Errors;

/// <summary>The <c>error</c> code of an HTTP error body, from its status, for answers that carry no code of their own.</summary>
internal static class ErrorCodes
{
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "UNAUTHENTICATED",
        StatusCodes.Status403Forbidden => "FORBIDDEN",
        StatusCodes.Status404NotFound => "NOT_FOUND",
        StatusCodes.Status405MethodNotAllowed => "METHOD_NOT_ALLOWED",
        StatusCodes.Status408RequestTimeout => "REQUEST_TIMEOUT",
        StatusCodes.Status411LengthRequired => "LENGTH_REQUIRED",
        StatusCodes.Status413PayloadTooLarge => Http.GraphQLErrorCodes.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "HEADERS_TOO_LARGE",
        StatusCodes.Status503ServiceUnavailable => Http.GraphQLErrorCodes.Busy,
        >= 500 => FailureKind.Internal,
        _ => Http.GraphQLErrorCodes.BadRequest,
    };

    /// <summary>A short sentence for a status that came without a body.</summary>
    public static string MessageForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Nothing is served at this address: the GraphQL endpoint is /graphql.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that method.",
        >= 500 => "The service failed to answer this request.",
        _ => $"The request was refused with status {status}.",
    };
}
