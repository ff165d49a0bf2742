using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// Restoring instances read from storage (a <c>.fml.rt</c> resource): the same rules as creation, but with the
/// identities (URI, <see cref="ConceptInstance.FlexoId"/>, <see cref="ConceptInstance.UserId"/>) that were saved.
/// Identities created afterwards continue after the highest restored or reserved one, so none is ever reused.
/// </summary>
public sealed partial class VirtualModelInstance
{
    /// <summary>
    /// Restores a top-level model instance with the URI and identity it was saved with. No constructor is run.
    /// </summary>
    /// <param name="model">The model (a concrete model).</param>
    /// <param name="name">The instance name (no '/', '#' or whitespace-only).</param>
    /// <param name="uri">The resource URI (non-empty, no '#').</param>
    /// <param name="userId">The identifier of the creating user (no '/', '#' or '_').</param>
    /// <param name="flexoId">The numeric identity of the model instance itself (0 or more).</param>
    /// <returns>The model instance, empty.</returns>
    /// <exception cref="FmlRuntimeException">The model, name, URI, user identifier or identity is not valid.</exception>
    public static VirtualModelInstance Restore(ConceptSymbol model, string name, string uri, string userId, long flexoId = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(uri);
        CheckModel(model, name, userId);
        if (string.IsNullOrWhiteSpace(uri) || uri.Contains('#', StringComparison.Ordinal))
        {
            throw new FmlRuntimeException($"'{uri}' is not a valid model instance URI (non-empty, no '#').");
        }

        CheckIdentity(flexoId, allowZero: true);
        return new VirtualModelInstance(model, name, uri, userId, null, flexoId);
    }

    /// <summary>
    /// Restores a contained model instance (URI <c>&lt;this URI&gt;/&lt;name&gt;.fml.rt</c>) with its saved identity,
    /// under the rules of <see cref="CreateContainedModelInstance"/>, and notifies its creation.
    /// </summary>
    /// <param name="model">A concrete model whose container model is this instance's model (or one of its ancestors).</param>
    /// <param name="name">The instance name, unique among the contained model instances.</param>
    /// <param name="userId">The identifier of the user who created it.</param>
    /// <param name="flexoId">The numeric identity of the contained model instance itself (0 or more).</param>
    /// <returns>The contained model instance, empty.</returns>
    /// <exception cref="FmlRuntimeException">A rule of <see cref="CreateContainedModelInstance"/> is broken, or the identity is not valid.</exception>
    public VirtualModelInstance RestoreContainedModelInstance(ConceptSymbol model, string name, string userId, long flexoId = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckIdentity(flexoId, allowZero: true);
        return AddContained(model, name, userId, flexoId);
    }

    /// <summary>
    /// Restores a concept instance with its saved identity, under the rules of <see cref="CreateInstance"/>, and
    /// notifies its creation. Instances created afterwards get identities above <paramref name="flexoId"/>.
    /// </summary>
    /// <param name="concept">A concrete concept (or event) of this instance's model or of one of its ancestors.</param>
    /// <param name="container">The container instance, as for <see cref="CreateInstance"/>.</param>
    /// <param name="flexoId">The saved identity: positive, used by no other instance of this model instance nor by the model instance itself.</param>
    /// <param name="userId">The identifier of the user who created the instance (no '/', '#' or '_').</param>
    /// <returns>The instance, with every property unset.</returns>
    /// <exception cref="FmlRuntimeException">A rule of <see cref="CreateInstance"/> is broken, or the identity is not valid or taken.</exception>
    public ConceptInstance RestoreInstance(ConceptSymbol concept, ConceptInstance? container, long flexoId, string userId)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(userId);
        CheckNewInstance(concept, container);
        CheckUserId(userId);
        CheckIdentity(flexoId, allowZero: false);
        if (flexoId == FlexoId || _all.Find(flexoId) is not null)
        {
            throw new FmlRuntimeException($"The identity {flexoId} is already used in {Uri}.");
        }

        var instance = Register(CreateForModel(concept, this, container, flexoId, userId));
        _lastFlexoId = Math.Max(_lastFlexoId, flexoId);
        return instance;
    }

    /// <summary>
    /// Makes sure that identities up to <paramref name="highestUsed"/> are never given to new instances (for instance
    /// identities used in a saved resource by objects that are not instances).
    /// </summary>
    /// <param name="highestUsed">The highest identity already used.</param>
    public void ReserveFlexoIds(long highestUsed)
    {
        ThrowIfDeleted();
        _lastFlexoId = Math.Max(_lastFlexoId, highestUsed);
    }

    private static void CheckIdentity(long flexoId, bool allowZero)
    {
        if (flexoId < 0 || (flexoId == 0 && !allowZero))
        {
            throw new FmlRuntimeException($"{flexoId} is not a valid identity ({(allowZero ? "0 or more" : "1 or more")}).");
        }
    }

    private static void CheckUserId(string userId)
    {
        if (string.IsNullOrWhiteSpace(userId) || userId.IndexOfAny(['/', '#', '_']) >= 0)
        {
            throw new FmlRuntimeException($"'{userId}' is not a valid user identifier (non-empty, no '/', '#' or '_').");
        }
    }
}
