using System.Globalization;
using System.Text;

namespace Flexo.Adapters.Csv.Tests;

/// <summary>Streams a generated file of about 50 MB; the file lives in a temporary folder deleted afterwards.</summary>
public sealed class LargeFileTests : IDisposable
{
    private const int Rows = 1_100_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Every 1000th row has a quoted two-line field, so rows and lines drift apart as in real files.</summary>
    private string Generate()
    {
        var path = _folder.PathOf("large.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("id,name,score,active,note\r\n");
        for (var i = 0; i < Rows; i++)
        {
            var name = i % 1000 == 999 ? $"\"name {i}\r\nsecond line\"" : $"name-{i}";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{i},{name},{i % 997 * 0.5},{(i % 2 == 0 ? "true" : "false")},lorem ipsum\r\n"));
        }

        return path;
    }

    [Fact]
    public void Large_file_is_queried_by_streaming()
    {
        var path = Generate();
        Assert.True(new FileInfo(path).Length > 45_000_000);

        var matches = CsvFile.SelectRows(path, r => r.TryGetInt64(0, out var id) && id % 100_000 == 99_999).ToList();
        Assert.Equal(Rows / 100_000, matches.Count);
        foreach (var match in matches)
        {
            var id = int.Parse(match["id"], CultureInfo.InvariantCulture);
            Assert.Equal(id, match.Index);
            Assert.Equal($"name {id}\r\nsecond line", match["name"]);
            Assert.Equal(2 + id + (id / 1000), match.LineNumber);
            Assert.Equal(id % 997 * 0.5, match.Value("score").GetDouble());
            Assert.False(match.Value("active").GetBoolean());
        }

        Assert.Equal(Rows, CsvFile.CountRows(path));
        Assert.Equal(Rows / 2, CsvFile.CountRows(path, r => r.TryGetBoolean(3, out var active) && active));
        var last = CsvFile.FirstRow(path, r => r.Index == Rows - 1);
        Assert.Equal((Rows - 1).ToString(CultureInfo.InvariantCulture), last!["id"]);
    }
}
