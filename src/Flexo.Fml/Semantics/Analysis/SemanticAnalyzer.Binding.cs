namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    private void BindUnit(UnitSymbol unit)
    {
        _ = unit;
    }
}
