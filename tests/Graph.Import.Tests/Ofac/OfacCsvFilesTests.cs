using Graph.Import.Ofac;

namespace Graph.Import.Tests.Ofac;

public sealed class OfacCsvFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-tests", Guid.NewGuid().ToString("N"));

    public OfacCsvFilesTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_folder_opens_sdn_csv_and_the_files_beside_it()
    {
        using var files = OfacCsvFiles.Open(OfacFixture.Folder);

        Assert.Equal(Path.Combine(OfacFixture.Folder, "sdn.csv"), files.Sdn.Name);
        Assert.Equal(Path.Combine(OfacFixture.Folder, "add.csv"), files.Add?.Name);
        Assert.Equal(Path.Combine(OfacFixture.Folder, "alt.csv"), files.Alt?.Name);
        Assert.Equal(Path.Combine(OfacFixture.Folder, "sdn_comments.csv"), files.Comments?.Name);
    }

    [Fact]
    public void The_path_of_sdn_csv_opens_it_with_its_companions_whatever_the_case_of_their_names()
    {
        File.WriteAllText(Path.Combine(_folder, "SDN.CSV"), OfacFixture.SdnRow(1, "ONE") + "\r\n");
        File.WriteAllText(Path.Combine(_folder, "Alt.Csv"), "1,1,\"aka\",\"UNO\",-0- \r\n");

        using var files = OfacCsvFiles.Open(Path.Combine(_folder, "SDN.CSV"));
        var input = OfacCsvReader.Read(files, OfacFixture.Published);

        Assert.Null(files.Add);
        Assert.Null(files.Comments);
        Assert.Equal(["UNO"], input.Entity(1).Aliases);
    }

    [Fact]
    public void A_folder_without_sdn_csv_fails_naming_the_folder()
    {
        File.WriteAllText(Path.Combine(_folder, "alt.csv"), "");

        var error = Assert.Throws<ImportFailedException>(() => OfacCsvFiles.Open(_folder));

        Assert.Equal(_folder, Assert.Single(error.Errors).File);
        Assert.Contains("no sdn.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_exist_fails_naming_it()
    {
        var missing = Path.Combine(_folder, "nowhere", "sdn.csv");

        var error = Assert.Throws<ImportFailedException>(() => OfacCsvFiles.Open(missing));

        Assert.Equal(missing, Assert.Single(error.Errors).File);
    }

    [Fact]
    public void Disposing_closes_every_file()
    {
        var files = OfacCsvFiles.Open(OfacFixture.Folder);

        files.Dispose();

        Assert.Throws<ObjectDisposedException>(() => files.Sdn.Reader.Peek());
        Assert.Throws<ObjectDisposedException>(() => files.Alt!.Reader.Peek());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
