namespace Flexo.Fml.Semantics;

/// <summary>The vocabularies that come with the language (FML@RT, FML) and the known, not yet provided adapters.</summary>
internal static class BuiltInAdapters
{
    public static AdapterVocabulary FmlRt { get; } = new(
        "fmlrt",
        "FML@RT",
        isAvailable: true,
        ["org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot", "org.openflexo.foundation.fml.rt.FMLRTModelSlot", "FMLRT"],
        [
            VocabularyEntry.Typed("ModelInstance", VocabularyKind.ModelSlot, [new("isRequired", "boolean"), new("isReadOnly", "boolean"), new("virtualModelInstance"), new("container")]),
            new("ConceptInstance", VocabularyKind.Role, ["virtualModelInstance", "container"]),
            new("PrimitiveRole", VocabularyKind.Role, ["container"]),
            VocabularyEntry.Typed("NewInstance", VocabularyKind.EditionAction, [new("conceptType", IsRequired: true), new("container"), new("args")]),
            new("AddFlexoConceptInstance", VocabularyKind.EditionAction, ["container", "args"]),
            new("AddVirtualModelInstance", VocabularyKind.EditionAction, ["virtualModelInstanceName", "virtualModelInstanceTitle"]),
            new("CreateTopLevelVirtualModelInstance", VocabularyKind.EditionAction, ["virtualModelInstanceName", "virtualModelInstanceTitle", "resourceCenter", "relativePath"]),
            new("ExecuteFlexoBehaviour", VocabularyKind.EditionAction, []),
            new("ExecuteFML", VocabularyKind.EditionAction, []),
            new("SelectFlexoConceptInstance", VocabularyKind.FetchRequest, []),
            new("SelectUniqueFlexoConceptInstance", VocabularyKind.FetchRequest, []),
            new("SelectVirtualModelInstance", VocabularyKind.FetchRequest, []),
            new("SelectUniqueVirtualModelInstance", VocabularyKind.FetchRequest, []),
            new("FlexoConceptInstanceType", VocabularyKind.Type, []),
            new("VirtualModelInstanceType", VocabularyKind.Type, []),
        ]);

    public static AdapterVocabulary Fml { get; } = new(
        "fml",
        "FML",
        isAvailable: true,
        ["org.openflexo.foundation.fml.ta.FMLModelSlot", "FMLModelSlot", "FML"],
        [
            new("FMLModelSlot", VocabularyKind.ModelSlot, ["isRequired", "isReadOnly"]),
            new("FlexoConceptRole", VocabularyKind.Role, ["container"]),
            new("FlexoPropertyRole", VocabularyKind.Role, ["container"]),
            new("PrimitiveRoleRole", VocabularyKind.Role, ["container"]),
            new("FlexoConceptInstanceRoleRole", VocabularyKind.Role, ["container"]),
            new("FlexoBehaviourRole", VocabularyKind.Role, ["container"]),
            new("ActionSchemeRole", VocabularyKind.Role, ["container"]),
            new("JavaRole", VocabularyKind.Role, ["container"]),
            new("CreateFlexoConcept", VocabularyKind.EditionAction, ["conceptName", "container"]),
            new("CreateTopLevelVirtualModel", VocabularyKind.EditionAction, ["resourceName", "resourceCenter", "relativePath", "resourceURI"]),
            new("CreateContainedVirtualModel", VocabularyKind.EditionAction, ["virtualModelName", "container"]),
            new("CreatePrimitiveRole", VocabularyKind.EditionAction, ["roleName", "container", "primitiveType"]),
            new("CreateFlexoConceptInstanceRole", VocabularyKind.EditionAction, ["roleName", "container", "flexoConceptType"]),
            new("CreateFlexoBehaviour", VocabularyKind.EditionAction, ["behaviourName", "container"]),
            new("FlexoConceptType", VocabularyKind.Type, []),
        ]);

    /// <summary>Openflexo adapters known by name: units that use them get one warning, not a cascade of errors.</summary>
    private static readonly (string Id, string Name, string[] Slots)[] s_known =
    [
        ("diagram", "Diagram", ["org.openflexo.technologyadapter.diagram.TypedDiagramModelSlot", "org.openflexo.technologyadapter.diagram.FreeDiagramModelSlot"]),
        ("emf", "EMF", ["org.openflexo.technologyadapter.emf.EMFModelSlot", "org.openflexo.technologyadapter.emf.UMLEMFModelSlot"]),
        ("owl", "OWL", ["org.openflexo.technologyadapter.owl.OWLModelSlot"]),
        ("xml", "XML/XSD", ["org.openflexo.technologyadapter.xml.XMLModelSlot", "org.openflexo.technologyadapter.xml.FreeXMLModelSlot", "org.openflexo.technologyadapter.xml.XMLMetaModelSlot"]),
        ("excel", "Excel", ["org.openflexo.technologyadapter.excel.BasicExcelModelSlot", "org.openflexo.technologyadapter.excel.SemanticsExcelModelSlot"]),
        ("csv", "CSV", ["org.openflexo.technologyadapter.csv.CSVModelSlot"]),
        ("json", "JSON", ["org.openflexo.technologyadapter.json.JSONModelSlot", "org.openflexo.technologyadapter.json.JSONTypedModelSlot"]),
        ("docx", "Word DOCX", ["org.openflexo.technologyadapter.docx.DocXModelSlot"]),
        ("pptx", "PowerPoint", ["org.openflexo.technologyadapter.powerpoint.BasicPowerpointModelSlot"]),
        ("jdbc", "JDBC/SQL", ["org.openflexo.technologyadapter.jdbc.JDBCModelSlot", "org.openflexo.technologyadapter.jdbc.HbnModelSlot"]),
        ("http", "HTTP", ["org.openflexo.technologyadapter.http.RestModelSlot", "org.openflexo.technologyadapter.http.XmlRpcModelSlot"]),
        ("gina", "GINA", ["org.openflexo.technologyadapter.gina.FIBComponentModelSlot"]),
        ("oslc", "OSLC", ["org.openflexo.technologyadapter.oslc.OSLCCoreModelSlot", "org.openflexo.technologyadapter.oslc.OSLCRMModelSlot"]),
        ("dsl", "DSL", ["org.openflexo.technologyadapter.dsl.DSLModelSlot"]),
        ("xx", "XX", ["org.openflexo.technologyadapter.xx.XXModelSlot"]),
    ];

    public static IEnumerable<AdapterVocabulary> All
    {
        get
        {
            yield return FmlRt;
            yield return Fml;
            foreach (var (id, name, slots) in s_known)
            {
                yield return new AdapterVocabulary(id, name, isAvailable: false, slots, []);
            }
        }
    }
}
