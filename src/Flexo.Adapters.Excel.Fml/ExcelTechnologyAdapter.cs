[assembly: Flexo.Adapters.FlexoAdapter(typeof(Flexo.Adapters.Excel.Fml.ExcelTechnologyAdapter))]

namespace Flexo.Adapters.Excel.Fml;

/// <summary>
/// The Excel adapter: <c>use org.openflexo.technologyadapter.excel.BasicExcelModelSlot as XLS;</c> (docs/adapters.md).
/// Model slot <c>BasicExcelModelSlot</c> holding an <c>ExcelWorkbook</c>; types <c>ExcelWorkbook</c>, <c>ExcelSheet</c>,
/// <c>ExcelRow</c>, <c>ExcelCell</c>, <c>ExcelColumn</c> with their roles; actions <c>AddExcelSheet</c>,
/// <c>AddExcelRow</c>, <c>AddExcelCell</c>, <c>CellStyleAction</c>, <c>MergeCells</c>, <c>CreateExcelResource</c>;
/// fetch requests <c>SelectExcelSheet</c>, <c>SelectExcelRow</c>, <c>SelectExcelCell</c> and their unique forms.
/// Roles hold the document layer's elements and are saved as their identities (<c>file:///x.xlsx#sheet=S&amp;row=3</c>).
/// </summary>
public sealed class ExcelTechnologyAdapter : TechnologyAdapter
{
    /// <inheritdoc />
    public override void Declare(AdapterBuilder adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Identity("excel", "Excel")
            .AnswersTo("org.openflexo.technologyadapter.excel.BasicExcelModelSlot", "BasicExcelModelSlot", "Excel")
            .Resource(new ExcelResourceKind())
            .Reference<ExcelSheet>(s => s.Identity.ToString())
            .Reference<ExcelRow>(r => r.Identity.ToString())
            .Reference<ExcelColumn>(c => c.Identity.ToString())
            .Reference<ExcelCell>(c => c.Identity.ToString());

        ExcelTypes.Declare(adapter);

        adapter.ModelSlot("BasicExcelModelSlot", "ExcelWorkbook")
            .Role("ExcelSheetRole", "ExcelSheet")
            .Role("ExcelRowRole", "ExcelRow")
            .Role("ExcelColumnRole", "ExcelColumn")
            .Role("ExcelCellRole", "ExcelCell");

        ExcelActions.Declare(adapter);
        ExcelFetches.Declare(adapter);
    }
}
