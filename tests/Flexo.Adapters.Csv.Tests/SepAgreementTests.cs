using System.Text;

namespace Flexo.Adapters.Csv.Tests;

/// <summary>
/// Loaded documents split records with their own scanner (to keep every byte) while streams use Sep: on any input,
/// both must find the same rows, values and lines, or both the same unclosed quote.
/// </summary>
public sealed class SepAgreementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Document_and_stream_agree_on_random_inputs()
    {
        var random = new Random(20251201);
        string[] alphabet = ["a", "b", ",", ",", "\"", "\"", "\r", "\n", "\r\n", " ", "é"];
        var options = new CsvOptions { Delimiter = ',', HasHeader = false };
        for (var i = 0; i < 1500; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(25);
            for (var j = 0; j < length; j++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var path = _folder.Write("f.csv", text.ToString());
            Compare(path, options, text.ToString());
        }
    }

    [Theory]
    [InlineData("\"a\"b,\"\"a\",\"a\"\"\"a\n\"x\ny\",2\n3,4\n\"p\r\nq\",5\r\n6,7")]
    [InlineData("\"\"\"\",\"\"\"\"\"\",\"a\"\"\"a\"")]
    [InlineData("a\r\r\n\n\rb")]
    [InlineData("\"a\"\"b\",c")]
    public void Document_and_stream_agree_on_odd_quoting(string text)
    {
        Compare(_folder.Write("f.csv", text), new CsvOptions { Delimiter = ',', HasHeader = false }, text);
    }

    private static void Compare(string path, CsvOptions options, string text)
    {
        CsvDocument? document = null;
        CsvException? documentError = null;
        try
        {
            document = CsvDocument.Open(path, options);
        }
        catch (CsvException e)
        {
            documentError = e;
        }

        List<CsvRecord>? streamed = null;
        CsvException? streamError = null;
        try
        {
            streamed = [.. CsvFile.SelectRows(path, _ => true, options)];
        }
        catch (CsvException e)
        {
            streamError = e;
        }

        var shown = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        if (documentError is not null || streamError is not null)
        {
            Assert.True(documentError is not null && streamError is not null, $"only one failed on '{shown}'");
            Assert.Equal((documentError.Code, documentError.Line, documentError.Column), (streamError.Code, streamError.Line, streamError.Column));
            return;
        }

        Assert.True(document!.Rows.Count == streamed!.Count, $"row counts differ on '{shown}'");
        for (var r = 0; r < streamed.Count; r++)
        {
            Assert.Equal(streamed[r].Values, document.RowAt(r).Values);
            Assert.True(streamed[r].LineNumber == document.RowAt(r).LineNumber, $"line of row {r} differs on '{shown}'");
        }

        Assert.Equal(text, document.ToString());
    }
}
