namespace Graph.Import.Eu;

/// <summary>
/// What a sanctionEntity must be to be read: a logicalId, a subject type the graph models, a name, and dates, numbers
/// and flags written as the format writes them. Each problem names the line and the field, e.g. "regulation[1].publicationDate".
/// </summary>
internal static class EuEntryRules
{
    private static readonly string[] Days = ["publicationDate", "entryIntoForceDate"];

    public static List<ImportError> Check(EuNode entry, string file)
    {
        var errors = new List<ImportError>();
        void Fail(EuNode node, string attribute, string field, string message) =>
            errors.Add(new ImportError(file, node.LineOf(attribute), field, message));

        if (entry.HasTooDeep) Fail(entry, "", "(record)", "the entry nests elements deeper than the format does.");
        var id = entry.Attribute("logicalId");
        if (id is null) Fail(entry, "logicalId", "logicalId", "the entry has no logicalId; the EU numbers every entry.");
        else if (EuDates.Number(id, 1, int.MaxValue) is null) Fail(entry, "logicalId", "logicalId", $"'{id}' is not a logicalId; the EU numbers its entries with positive whole numbers.");
        Day(entry, "designationDate", "designationDate");

        var subjects = entry.All("subjectType").ToList();
        if (subjects.Count == 0) Fail(entry, "", "subjectType", "the entry has no subjectType; it is a person or an enterprise.");
        foreach (var subject in subjects)
        {
            var code = subject.Attribute("code");
            if (code is not ("person" or "enterprise")) Fail(subject, "code", "subjectType.code", $"'{code}' is not a subject type; the EU lists a person or an enterprise.");
        }

        var aliases = entry.All("nameAlias").ToList();
        if (!aliases.Any(a => EuNames.WholeName(a) is not null)) Fail(entry, "", "nameAlias", "the entry has no nameAlias with a wholeName or the parts of one.");
        Each(aliases, "nameAlias", (alias, field) => Flag(alias, "strong", field));

        Each(entry.All("regulation"), "regulation", (regulation, field) =>
        {
            foreach (var day in Days) Day(regulation, day, $"{field}.{day}");
            if (regulation.TextOf("publicationUrl") is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                Fail(regulation.All("publicationUrl").First(), "", $"{field}.publicationUrl", $"'{url}' is not an http(s) address.");
        });

        Each(entry.All("birthdate"), "birthdate", (birth, field) =>
        {
            Day(birth, "birthdate", $"{field}.birthdate");
            Flag(birth, "circa", field);
            Whole(birth, "year", field, 1, 9999);
            Whole(birth, "monthOfYear", field, 1, 12);
            Whole(birth, "dayOfMonth", field, 1, 31);
            Whole(birth, "yearRangeFrom", field, 1, 9999);
            Whole(birth, "yearRangeTo", field, 1, 9999);
        });
        return [.. errors.OrderBy(e => e.Line)];

        void Day(EuNode node, string attribute, string field)
        {
            if (node.Attribute(attribute) is { } text && EuDates.Day(text) is null) Fail(node, attribute, field, $"'{text}' is not a day of the form YYYY-MM-DD.");
        }

        void Flag(EuNode node, string attribute, string field)
        {
            if (node.Attribute(attribute) is { } text && text is not ("true" or "false")) Fail(node, attribute, $"{field}.{attribute}", $"'{text}' is not true or false.");
        }

        void Whole(EuNode node, string attribute, string field, int min, int max)
        {
            if (node.Attribute(attribute) is { } text && EuDates.Number(text, min, max) is null)
                Fail(node, attribute, $"{field}.{attribute}", $"'{text}' is not a whole number from {min} to {max}.");
        }
    }

    /// <summary>Runs <paramref name="check"/> on each node with its field path, e.g. "nameAlias[2]".</summary>
    private static void Each(IEnumerable<EuNode> nodes, string name, Action<EuNode, string> check)
    {
        var index = 0;
        foreach (var node in nodes) check(node, $"{name}[{index++}]");
    }
}
