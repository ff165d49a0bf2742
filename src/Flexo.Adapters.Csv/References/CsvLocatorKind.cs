namespace Flexo.Adapters.Csv;

/// <summary>What a <see cref="CsvLocator"/> points at.</summary>
public enum CsvLocatorKind
{
    /// <summary>A data row: <c>row=12</c>.</summary>
    Row,

    /// <summary>A cell: <c>row=12&amp;col=3</c> or <c>row=12&amp;col=price</c>.</summary>
    Cell,

    /// <summary>A column: <c>col=3</c> or <c>col=price</c>.</summary>
    Column,
}
