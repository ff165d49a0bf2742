namespace Flexo.Adapters;

/// <summary>
/// Marks an assembly as providing a technology adapter: <c>[assembly: FlexoAdapter(typeof(MyAdapter))]</c>. Discovery
/// reads this attribute only; it never scans types.
/// </summary>
/// <param name="adapterType">A public non-abstract subclass of <see cref="TechnologyAdapter"/> with a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FlexoAdapterAttribute(Type adapterType) : Attribute
{
    /// <summary>The adapter class.</summary>
    public Type AdapterType { get; } = adapterType;
}
