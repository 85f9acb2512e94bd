using System.Xml.Linq;

namespace Graph.Import.Un;

/// <summary>The problems found in one entry of the list, each named by the line and path of the element at fault.</summary>
internal sealed class UnProblems(string file)
{
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>Rejects the entry for the element <paramref name="at"/>, whose path in the entry is <paramref name="field"/>.</summary>
    public void Add(XObject at, string field, string message) => _errors.Add(new ImportError(file, UnText.LineOf(at), field, message));
}
