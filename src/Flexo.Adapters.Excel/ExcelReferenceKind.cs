namespace Flexo.Adapters.Excel;

/// <summary>What an <see cref="ExcelReference"/> designates.</summary>
public enum ExcelReferenceKind
{
    /// <summary>A whole workbook: the file URI without fragment.</summary>
    Workbook,

    /// <summary>A sheet: <c>#sheet=Products</c>.</summary>
    Sheet,

    /// <summary>A row of a sheet: <c>#sheet=Products&amp;row=3</c>.</summary>
    Row,

    /// <summary>A column of a sheet: <c>#sheet=Products&amp;col=B</c>.</summary>
    Column,

    /// <summary>A cell of a sheet: <c>#sheet=Products&amp;cell=B3</c>.</summary>
    Cell,
}
