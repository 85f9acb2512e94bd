using System.Collections;

namespace Graph.Export.Neo4jAdmin;

/// <summary>A property column of a neo4j-admin CSV file: the property key and the type its header declares.</summary>
internal sealed record CsvColumn(string Key, string Type)
{
    /// <summary>The header field, e.g. <c>aliases:string[]</c>.</summary>
    public string Header => $"{Key}:{Type}";

    /// <summary>The columns of every key the samples have, in the order they first give them, typed by their values.</summary>
    public static List<CsvColumn> Of(IEnumerable<IReadOnlyDictionary<string, object?>> samples, IReadOnlySet<string> except)
    {
        var columns = new List<CsvColumn>();
        foreach (var sample in samples)
        {
            foreach (var (key, value) in sample)
            {
                if (except.Contains(key) || columns.Exists(c => c.Key == key)) continue;
                if (key.Length == 0 || key.AsSpan().IndexOfAny(":,\"\r\n") >= 0)
                {
                    throw new InvalidOperationException($"The property key '{key}' cannot be named in a neo4j-admin CSV header.");
                }
                columns.Add(new CsvColumn(key, TypeOf(key, value)));
            }
        }
        return columns;
    }

    private static string TypeOf(string key, object? value) => value switch
    {
        string => "string",
        bool => "boolean",
        long or int or short => "long",
        double or float => "double",
        IEnumerable<string> => "string[]",
        IEnumerable<long> or IEnumerable<int> => "long[]",
        IEnumerable<double> => "double[]",
        IEnumerable<bool> => "boolean[]",
        IEnumerable => throw new NotSupportedException($"The list property '{key}' holds values neo4j-admin has no array type for."),
        null => throw new InvalidOperationException($"The sample of the property '{key}' has no value to type its column by."),
        _ => throw new NotSupportedException($"The property '{key}' holds a {value.GetType().Name}, which neo4j-admin has no type for."),
    };
}
