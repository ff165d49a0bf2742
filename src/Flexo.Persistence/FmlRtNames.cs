namespace Flexo.Persistence;

/// <summary>The element and attribute names of the <c>.fml.rt</c> XML format (FML.md §6.4), shared with Openflexo.</summary>
internal static class FmlRtNames
{
    public const string Extension = ".fml.rt";
    public const string XmlExtension = ".fml.rt.xml";

    public const string ModelInstance = "FMLRTVirtualModelInstance";
    public const string ConceptInstance = "FlexoConceptInstance";
    public const string EmbeddedConceptInstance = "EmbeddedFlexoConceptInstance";
    public const string PrimitiveReference = "PrimitiveActorReference";
    public const string JavaReference = "JavaActorReference";
    public const string ObjectReference = "ModelObjectActorReference";

    public const string TechnologyReference = "TechnologyActorReference";

    public const string TechnologyObjectUri = "objectURI";

    public const string Technology = "technology";
    public const string EnumReference = "FlexoEnumValueActorReference";
    public const string ModelSlotInstance = "VirtualModelModelSlotInstance";

    public const string Id = "id";
    public const string IdRef = "idref";
    public const string Uri = "uri";
    public const string VirtualModelUri = "virtualModelURI";
    public const string ConceptUri = "flexoConceptURI";
    public const string Name = "name";
    public const string Title = "title";
    public const string ModelVersion = "modelVersion";
    public const string Version = "version";
    public const string UserId = "userID";
    public const string FlexoId = "flexoID";
    public const string RoleName = "roleName";
    public const string ModelSlotName = "modelSlotName";
    public const string ValueAsString = "valueAsString";
    public const string ObjectReferenceValue = "objectReference";
    public const string ModelInstanceUri = "virtualModelInstanceURI";

    /// <summary>The <c>modelVersion</c> Flexo writes.</summary>
    public const string ModelVersionValue = "1.0";

    /// <summary>The <c>version</c> Flexo writes.</summary>
    public const string VersionValue = "0.1";
}
