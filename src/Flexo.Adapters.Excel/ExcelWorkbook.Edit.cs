using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

public sealed partial class ExcelWorkbook
{
    private static readonly System.Buffers.SearchValues<char> ForbiddenSheetNameCharacters = System.Buffers.SearchValues.Create(":\\/?*[]");

    /// <summary>
    /// Adds an empty worksheet after the last one. FML7058 when the name is empty, longer than 31 characters, has one
    /// of <c>: \ / ? * [ ]</c>, starts or ends with an apostrophe, is <c>History</c>, or is already used (ignoring case).
    /// </summary>
    /// <param name="name">The new sheet's name.</param>
    public ExcelSheet AddSheet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfDisposed();
        CheckSheetName(name);
        var session = BeginEdit();
        var workbookPart = session.WorkbookPart;
        var workbook = workbookPart.Workbook ??= new Workbook();
        var sheets = workbook.Sheets ?? SchemaOrder.Insert(workbook, new Sheets(), SchemaOrder.Workbook);
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData());
        sheets.AppendChild(new Sheet { Name = name, SheetId = session.MaxSheetId + 1, Id = workbookPart.GetIdOfPart(part) });
        MarkModified(workbookPart);
        MarkModified(part);
        session.SheetsChanged();
        SyncSheets();
        return GetSheet(name);
    }

    /// <summary>Asks Excel to recalculate every formula when it next opens the file, after formulas or their inputs changed.</summary>
    internal void RequestFullCalculation()
    {
        var session = Session;
        var workbook = session.WorkbookPart.Workbook;
        var properties = workbook.CalculationProperties ?? SchemaOrder.Insert(workbook, new CalculationProperties(), SchemaOrder.Workbook);
        if (properties.FullCalculationOnLoad?.Value != true)
        {
            properties.FullCalculationOnLoad = true;
            MarkModified(session.WorkbookPart);
        }
    }

    /// <summary>Drops the calculation chain after a formula was removed: Excel rebuilds it, but rejects one that names a cell without formula.</summary>
    internal void DropCalculationChain()
    {
        var workbookPart = Session.WorkbookPart;
        if (workbookPart.CalculationChainPart is { } chain)
        {
            workbookPart.DeletePart(chain);
            MarkModified();
        }
    }

    private void CheckSheetName(string name)
    {
        string? problem = null;
        if (name.Length == 0 || name.Length > 31)
        {
            problem = "a sheet name has 1 to 31 characters";
        }
        else if (name.AsSpan().IndexOfAny(ForbiddenSheetNameCharacters) >= 0)
        {
            problem = "a sheet name cannot contain any of : \\ / ? * [ ]";
        }
        else if (name[0] == '\'' || name[^1] == '\'')
        {
            problem = "a sheet name cannot start or end with an apostrophe";
        }
        else if (string.Equals(name, "History", StringComparison.OrdinalIgnoreCase))
        {
            problem = "'History' is reserved by Excel";
        }
        else if (TryGetSheet(name, out _))
        {
            problem = "a sheet with this name already exists";
        }

        if (problem is not null)
        {
            throw ExcelErrors.Create(ExcelErrors.InvalidSheetName, $"'{name}' cannot be used: {problem}.", FilePath, name);
        }
    }
}
