using System.Xml;

namespace Graph.Import.Reading;

/// <summary>
/// How every XML format is read: no DTD (a DTD is refused, so no entity can expand) and nothing resolved outside the
/// document; comments, processing instructions and whitespace are skipped, and the reader closes what it reads.
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };
}
