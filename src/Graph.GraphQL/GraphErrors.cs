using GraphQL;

namespace Graph.GraphQL;

/// <summary>Errors a client can act on, each with a stable <c>extensions.code</c>.</summary>
internal static class GraphErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string InvalidCursor = "INVALID_CURSOR";

    public static ExecutionError BadInput(string argument, string message) =>
        new($"Argument '{argument}': {message}") { Code = BadUserInput };

    public static int Range(int value, string argument, int min, int max) =>
        value < min || value > max ? throw BadInput(argument, $"must be between {min} and {max}, not {value}.") : value;
}
