namespace Flexo.Adapters;

/// <summary>
/// A technology adapter: one class that declares, through <see cref="AdapterBuilder"/>, everything it contributes to
/// FML. Flexo derives the checker vocabulary and the run-time behaviour from that declaration.
/// </summary>
public abstract class TechnologyAdapter
{
    /// <summary>Declares the adapter: identity, model-slot class names, resources, types, slots, roles, actions, fetch requests.</summary>
    /// <param name="adapter">The builder to declare with.</param>
    public abstract void Declare(AdapterBuilder adapter);
}
