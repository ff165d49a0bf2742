namespace Flexo.Fml.Text;

/// <summary>A one-based line and column, as editors and compilers print them.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line},{Column}";
}
