using Graph.Domain.Model;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.GraphQL.Types;

/// <summary>The <c>Date</c> scalar: an ISO 8601 calendar date that may be partial.</summary>
internal sealed class DateGraphType : ScalarGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "An ISO 8601 calendar date, possibly partial: \"2023\", \"2023-05\" or \"2023-07-24\". Sources often give only a year or a month.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value, "a Date is written as a string such as \"2023-07-24\"."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        PartialDate date => date,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate date => date.ToString(),
        _ => ThrowSerializationError(value),
    };

    private static PartialDate Parse(string text) =>
        PartialDate.TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a Date: use YYYY, YYYY-MM or YYYY-MM-DD.");
}
