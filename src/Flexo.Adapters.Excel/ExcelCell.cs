using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// A cell of a sheet, by position: a handle that is valid whether or not the file has the cell. Reading a missing
/// cell gives <see cref="ExcelValue.Empty"/>; setting a value creates the row and the cell where needed.
/// </summary>
public sealed partial class ExcelCell : ExcelElement
{
    private const int MaxTextLength = 32_767;
    private const int MaxFormulaLength = 8_192;

    private static readonly string[] ErrorCodes = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];

    internal ExcelCell(ExcelSheet sheet, ExcelCellAddress address)
    {
        Sheet = sheet;
        Address = address;
    }

    /// <summary>The sheet of this cell.</summary>
    public ExcelSheet Sheet { get; }

    /// <summary>The cell's position.</summary>
    public ExcelCellAddress Address { get; }

    /// <summary>The 1-based row number.</summary>
    public int RowIndex => Address.Row;

    /// <summary>The 1-based column number.</summary>
    public int ColumnIndex => Address.Column;

    /// <summary>The A1 reference, such as <c>B3</c>.</summary>
    public string Reference => Address.ToString();

    /// <inheritdoc/>
    public override ExcelReference Identity => ExcelReference.ForCell(Sheet.Workbook.Uri, Sheet.Name, Address);

    /// <summary>True when the file has this cell (with a value, a formula or only a style).</summary>
    public bool Exists => Element is not null;

    /// <summary>The typed value; for a formula cell, the result Excel last computed (Empty when there is none).</summary>
    public ExcelValue Value
    {
        get
        {
            if (Element is not { } cell)
            {
                return ExcelValue.Empty;
            }

            var session = Sheet.Workbook.Session;
            return session.Decoder.Decode(cell.DataType?.InnerText, cell.StyleIndex?.Value ?? 0, cell.CellValue?.Text, InlineText(cell));
        }
    }

    /// <summary>The formula without its leading <c>=</c>, such as <c>SUM(A1:A3)</c>; null when the cell has none.
    /// A cell that shares the formula of another gets that formula with its references moved accordingly.</summary>
    public string? Formula => Element?.CellFormula is { } formula ? FormulaText(formula) : null;

    /// <summary>True when the cell has a formula.</summary>
    public bool HasFormula => Element?.CellFormula is not null;

    /// <summary>The number format code of the cell, such as <c>General</c> or <c>yyyy-mm-dd</c>.</summary>
    public string NumberFormat => Sheet.Workbook.Session.Decoder.Styles.NumberFormat(Element?.StyleIndex?.Value ?? 0);

    /// <summary>The cell's bold flag, solid fill colour (<c>RRGGBB</c>, or null) and number format.</summary>
    public ExcelCellStyle Style => StyleEditor.Read(Sheet.Workbook.Session, Element?.StyleIndex?.Value ?? 0);

    private Cell? Element => Sheet.State.FindCell(Address.Row, Address.Column);

    /// <summary>The row of this cell.</summary>
    public ExcelRow GetRow() => Sheet.GetRow(Address.Row);

    /// <summary>The column of this cell.</summary>
    public ExcelColumn GetColumn() => Sheet.GetColumn(Address.Column);

    /// <summary>Sets a text value (stored in the shared string table, reusing an equal string).</summary>
    /// <param name="value">The text, up to 32,767 characters (FML7059 beyond).</param>
    public void SetValue(string value) => SetValue(ExcelValue.FromText(value));

    /// <summary>Sets a number value.</summary>
    /// <param name="value">A finite number (FML7059 for NaN and infinities).</param>
    public void SetValue(double value) => SetValue(ExcelValue.FromNumber(value));

    /// <summary>Sets a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public void SetValue(bool value) => SetValue(ExcelValue.FromBoolean(value));

    /// <summary>Sets a date: the serial number in the workbook's date system, and a date format (or a date-time one
    /// when there is a time of day) unless the cell's format already shows dates.</summary>
    /// <param name="value">A date from the workbook system's origin to 9999-12-31 (FML7059 otherwise).</param>
    public void SetValue(DateTime value) => SetValue(ExcelValue.FromDate(value));

    /// <summary>
    /// Sets a value of any kind; <see cref="ExcelValue.Empty"/> clears it. Any formula of the cell is removed, the
    /// style is kept. FML7059 when the value cannot be stored.
    /// </summary>
    /// <param name="value">The value.</param>
    public void SetValue(ExcelValue value)
    {
        if (value.IsEmpty)
        {
            Clear();
            return;
        }

        Validate(value);
        if (Element is { CellFormula: null } && SameValue(Value, value))
        {
            // Setting a cell to the value it holds is not an edit: nothing is marked changed.
            return;
        }

        var cell = EditableElement();
        var session = Sheet.Workbook.Session;
        var removed = RemoveFormula(cell);
        cell.InlineString = null;
        switch (value.Kind)
        {
            case ExcelValueKind.Number:
                SetRaw(cell, null, Number(value.Number));
                break;
            case ExcelValueKind.Text:
                var index = session.SharedStrings.GetOrAdd(value.Text!, session.WorkbookPart, Sheet.Workbook.MarkModified);
                SetRaw(cell, CellValues.SharedString, index.ToString(CultureInfo.InvariantCulture));
                break;
            case ExcelValueKind.Boolean:
                SetRaw(cell, CellValues.Boolean, value.Boolean ? "1" : "0");
                break;
            case ExcelValueKind.Error:
                SetRaw(cell, CellValues.Error, value.Text!);
                break;
            case ExcelValueKind.Date:
                SetRaw(cell, null, Number(DateSerial.ToSerial(value.Date, session.Date1904)));
                if (!session.Decoder.Styles.IsDate(cell.StyleIndex?.Value ?? 0))
                {
                    var format = value.Date.TimeOfDay == TimeSpan.Zero ? NumberFormats.ShortDateId : NumberFormats.DateTimeId;
                    ApplyStyleTo(cell, new ExcelCellStyle { NumberFormat = NumberFormats.BuiltInCode(format) });
                }

                break;
        }

        RequestRecalculationIfNeeded(removed);
    }

    /// <summary>Sets a formula; Excel computes its value when it next opens the file (the cell has no cached value
    /// until then). FML7059 for an empty formula or one longer than 8,192 characters.</summary>
    /// <param name="formula">The formula, with or without a leading <c>=</c>, such as <c>SUM(A1:A3)</c>.</param>
    public void SetFormula(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var text = formula.StartsWith('=') ? formula[1..] : formula;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxFormulaLength)
        {
            throw Sheet.Error(ExcelErrors.InvalidValue, "A formula must not be empty and has at most 8,192 characters.", Reference);
        }

        if (string.Equals(Formula, text, StringComparison.Ordinal) && Element?.CellFormula?.FormulaType is null)
        {
            // The same formula: not an edit (its cached value stays).
            return;
        }

        var cell = EditableElement();
        RemoveFormula(cell);
        cell.InlineString = null;
        cell.CellValue = null;
        cell.DataType = null;
        cell.CellFormula = new CellFormula(text);
        Sheet.Workbook.RequestFullCalculation();
    }

    /// <summary>Removes the value and formula, keeping the cell's style. Does nothing when the cell is missing.</summary>
    public void Clear()
    {
        if (Element is not { } existing || (existing.CellFormula is null && existing.CellValue is null && existing.InlineString is null))
        {
            return;
        }

        var cell = EditableElement();
        var removed = RemoveFormula(cell);
        cell.InlineString = null;
        cell.CellValue = null;
        cell.DataType = null;
        RequestRecalculationIfNeeded(removed);
    }

    /// <summary>Applies a simple style (see <see cref="ExcelCellStyle"/>) on top of the cell's current style.
    /// FML7060 for a colour that is not <c>RRGGBB</c> or <c>AARRGGBB</c> or an empty number format.</summary>
    /// <param name="style">What to change.</param>
    public void ApplyStyle(ExcelCellStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (style.FillColor is { } color && StyleEditor.NormalizeColor(color) is null)
        {
            throw Sheet.Error(ExcelErrors.InvalidStyle, $"'{color}' is not a colour: write six or eight hexadecimal digits, such as FFCC00.", Reference);
        }

        if (style.NumberFormat is { } code && string.IsNullOrWhiteSpace(code))
        {
            throw Sheet.Error(ExcelErrors.InvalidStyle, "A number format must not be empty.", Reference);
        }

        if (HasStyle(style))
        {
            // The cell already looks like this: not an edit.
            return;
        }

        ApplyStyleTo(EditableElement(), style);
    }

    private static bool SameValue(ExcelValue current, ExcelValue value)
        => current.Kind == ExcelValueKind.Date && value.Kind == ExcelValueKind.Date ? current.Date == value.Date : current == value;

    private bool HasStyle(ExcelCellStyle style)
    {
        var current = Style;
        return (style.Bold is not { } bold || current.Bold == bold)
            && (style.FillColor is not { } color || (StyleEditor.NormalizeColor(color) is { } argb && argb.StartsWith("FF", StringComparison.Ordinal)
                && string.Equals(argb[2..], current.FillColor, StringComparison.OrdinalIgnoreCase)))
            && (style.NumberFormat is not { } format || string.Equals(format, current.NumberFormat, StringComparison.Ordinal));
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void SetRaw(Cell cell, CellValues? type, string text)
    {
        cell.DataType = type is { } t ? t : null;
        cell.CellValue = new CellValue(text);
    }

    private static string? InlineText(Cell cell)
    {
        if (cell.InlineString is not { } inline)
        {
            return null;
        }

        if (inline.Text is { } text)
        {
            return text.Text;
        }

        var builder = new StringBuilder();
        foreach (var run in inline.Elements<Run>())
        {
            builder.Append(run.Text?.Text);
        }

        return builder.ToString();
    }

    private void Validate(ExcelValue value)
    {
        var problem = value.Kind switch
        {
            ExcelValueKind.Number when !double.IsFinite(value.Number) => "a number must be finite (not NaN or infinite)",
            ExcelValueKind.Text when value.Text!.Length > MaxTextLength => "a text has at most 32,767 characters",
            ExcelValueKind.Error when Array.IndexOf(ErrorCodes, value.Text) < 0 => $"'{value.Text}' is not an Excel error code",
            ExcelValueKind.Date when !DateSerial.CanWrite(value.Date, Sheet.Workbook.Date1904)
                => $"the date {value.Date:yyyy-MM-dd} is before the origin of the workbook's date system ({(Sheet.Workbook.Date1904 ? "1904" : "1900")}-01-01)",
            _ => null,
        };
        if (problem is not null)
        {
            throw Sheet.Error(ExcelErrors.InvalidValue, $"The value cannot be stored: {problem}.", Reference);
        }
    }

    private Cell EditableElement() => Sheet.EditState().GetOrAddCell(Address.Row, Address.Column);

    private void ApplyStyleTo(Cell cell, ExcelCellStyle style)
    {
        var index = StyleEditor.Apply(Sheet.Workbook, cell.StyleIndex?.Value ?? 0, style);
        cell.StyleIndex = index == 0 ? null : index;
    }

    private void RequestRecalculationIfNeeded(bool formulaRemoved)
    {
        // Formulas that read this cell now show stale results; workbooks with formulas usually have a calculation chain.
        if (formulaRemoved || Sheet.Workbook.Session.WorkbookPart.CalculationChainPart is not null)
        {
            Sheet.Workbook.RequestFullCalculation();
        }
    }
}
