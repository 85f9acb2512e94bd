using System.Xml;

namespace Graph.Import.OfacXml;

/// <summary>One pass over one OFAC XML publication, of either flavour, once its root has told which.</summary>
internal interface IOfacXmlDocument
{
    /// <summary>Set when the file broke off: it is no complete publication, so nothing may be delisted by it.</summary>
    bool Broken { get; set; }

    /// <summary>Reads the publication; the reader stands on its root element.</summary>
    void Read(XmlReader reader, CancellationToken cancellationToken);

    /// <summary>Joins what could only be joined at the end, and states the publication unless the file broke off.</summary>
    void Finish();
}
