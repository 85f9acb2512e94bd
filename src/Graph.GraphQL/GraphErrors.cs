using System.Globalization;
using GraphQL;

namespace Graph.GraphQL;

/// <summary>Errors a client can act on, each with a stable <c>extensions.code</c>.</summary>
internal static class GraphErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string Timeout = "TIMEOUT";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string Busy = "BUSY";

    public static ExecutionError BadInput(string argument, string message) =>
        new($"Argument '{argument}': {message}") { Code = BadUserInput };

    public static int Range(int value, string argument, int min, int max) =>
        value < min || value > max ? throw BadInput(argument, $"must be between {min} and {max}, not {value}.") : value;

    public static ExecutionError TimedOut(TimeSpan limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The query ran longer than {limit.TotalSeconds:0.###} s and was stopped; ask for less, or try again later.")) { Code = Timeout };

    public static ExecutionError TooLarge(int maxObjects) =>
        new($"The answer would hold more than {maxObjects} objects, so none was sent; ask for smaller pages or fewer nested lists.") { Code = ResponseTooLarge };
}
