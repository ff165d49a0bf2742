namespace Flexo.Adapters.Csv;

public sealed partial class CsvDocument
{
    /// <summary>
    /// The row, cell or column a reference points at: <c>documentUri#row=12</c>, <c>#row=12&amp;col=price</c>,
    /// <c>#col=3</c>... The part before <c>#</c> may be omitted; when given it must be this document's URI.
    /// </summary>
    /// <param name="reference">The reference, as made by the <c>Uri</c> properties.</param>
    /// <returns>A <see cref="CsvRow"/>, a <see cref="CsvCell"/> or a <see cref="CsvColumn"/>.</returns>
    /// <exception cref="CsvException">FML7018, FML7019, or the lookup errors FML7006-FML7009.</exception>
    public object Resolve(string reference)
    {
        var locator = LocatorOf(reference);
        return locator.Kind switch
        {
            CsvLocatorKind.Row => RowAt(locator.Row!.Value),
            CsvLocatorKind.Cell => CellOf(RowAt(locator.Row!.Value), locator),
            _ => _columns[ColumnIndexOf(locator, null)],
        };
    }

    /// <summary>The row a reference points at (see <see cref="Resolve"/>).</summary>
    /// <param name="reference">A row reference.</param>
    public CsvRow ResolveRow(string reference) => (CsvRow)ResolveAs(reference, CsvLocatorKind.Row);

    /// <summary>The cell a reference points at (see <see cref="Resolve"/>).</summary>
    /// <param name="reference">A cell reference.</param>
    public CsvCell ResolveCell(string reference) => (CsvCell)ResolveAs(reference, CsvLocatorKind.Cell);

    /// <summary>The column a reference points at (see <see cref="Resolve"/>).</summary>
    /// <param name="reference">A column reference.</param>
    public CsvColumn ResolveColumn(string reference) => (CsvColumn)ResolveAs(reference, CsvLocatorKind.Column);

    private object ResolveAs(string reference, CsvLocatorKind kind)
    {
        var locator = LocatorOf(reference);
        return locator.Kind == kind
            ? Resolve(reference)
            : throw CsvErrors.InvalidReference(reference, $"it points at a {Describe(locator.Kind)}, not a {Describe(kind)}");
    }

    private CsvLocator LocatorOf(string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            throw CsvErrors.InvalidReference(reference, "a reference has a '#' before its row or column");
        }

        var target = reference[..hash];
        if (target.Length > 0 && target != Uri && target != new Uri(Path).AbsoluteUri)
        {
            throw CsvErrors.ForeignReference(reference, Uri);
        }

        return CsvLocator.Parse(reference[(hash + 1)..]);
    }

    private CsvCell CellOf(CsvRow row, CsvLocator locator) => new(row, ColumnIndexOf(locator, row));

    private int ColumnIndexOf(CsvLocator locator, CsvRow? row) =>
        locator.ColumnName is { } name ? ColumnIndexOf(name) : CheckColumnIndex(locator.ColumnIndex!.Value, row);

    private static string Describe(CsvLocatorKind kind) => kind.ToString().ToLowerInvariant();
}
