namespace Flexo.Adapters.Excel;

/// <summary>Anything of a workbook that has a stable identity: the workbook, a sheet, a row, a column or a cell.</summary>
public abstract class ExcelElement
{
    private protected ExcelElement()
    {
    }

    /// <summary>The stable identity of this element (see <see cref="ExcelReference"/>).</summary>
    public abstract ExcelReference Identity { get; }

    /// <summary>The identity text.</summary>
    public override string ToString() => Identity.ToString();
}
