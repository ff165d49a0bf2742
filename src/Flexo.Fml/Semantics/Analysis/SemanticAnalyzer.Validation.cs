namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    private void Validate(UnitSymbol unit)
    {
        _ = unit;
    }
}
