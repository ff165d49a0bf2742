namespace Flexo.Adapters.Excel.Fml;

/// <summary>Workbook files (<c>.xlsx</c>, <c>.xlsm</c>): opened with the document layer, saved only when edited.</summary>
internal sealed class ExcelResourceKind : ResourceKind<ExcelWorkbook>
{
    public override IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm"];

    public override ExcelWorkbook Open(string path, SlotSettings settings) => ExcelWorkbook.Open(path);

    public override ExcelWorkbook Create(string path, SlotSettings settings) => ExcelWorkbook.Create(path);

    public override string UriOf(ExcelWorkbook resource) => resource.Uri;

    public override void Save(ExcelWorkbook resource) => resource.Save();

    public override object? Resolve(ExcelWorkbook resource, string uri) => resource.Resolve(uri);

    public override ResourceRefresh Refresh(ExcelWorkbook resource) => resource.Reload() ? ResourceRefresh.Reloaded : ResourceRefresh.KeptEdits;
}
