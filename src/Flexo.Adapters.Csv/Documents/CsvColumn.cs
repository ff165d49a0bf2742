namespace Flexo.Adapters.Csv;

/// <summary>A column of a <see cref="CsvDocument"/>: its index and, with a header, its name.</summary>
public sealed class CsvColumn
{
    internal CsvColumn(CsvDocument document, int index)
    {
        Document = document;
        Index = index;
    }

    /// <summary>The document of the column.</summary>
    public CsvDocument Document { get; }

    /// <summary>The column index, from 0.</summary>
    public int Index { get; }

    /// <summary>The header name, or <see langword="null"/> in a document without header.</summary>
    public string? Name => Document.ColumnName(Index);

    /// <summary>The location of the column: <c>col=price</c> when the header names it uniquely, else <c>col=3</c>.</summary>
    public CsvLocator Locator => Document.ColumnLocator(Index);

    /// <summary>The reference of the column: <c>documentUri#col=price</c>.</summary>
    public string Uri => Document.Uri + "#" + Locator;

    /// <summary>The cells of this column, one per data row, top to bottom.</summary>
    public IEnumerable<CsvCell> Cells => Document.Rows.Select(row => new CsvCell(row, Index));

    /// <summary>The name, or <c>#index</c> without a header.</summary>
    public override string ToString() => Name ?? $"#{Index}";
}
