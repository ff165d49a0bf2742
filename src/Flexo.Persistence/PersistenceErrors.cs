using Flexo.Fml.Diagnostics;

namespace Flexo.Persistence;

/// <summary>
/// The catalogue of persistence diagnostics (FML4001-FML4099), one factory per code. Codes are never reused; every
/// one is documented in docs/persistence.md and docs/diagnostics.md.
/// </summary>
internal static class PersistenceErrors
{
    public static PersistenceDiagnostic MalformedXml(XmlPosition at, string reason) =>
        Error("FML4001", at, $"The file is not well-formed XML: {reason}");

    public static PersistenceDiagnostic NotAnInstanceFile(XmlPosition at, string root) =>
        Error("FML4002", at, $"The root element is '{root}', not '{FmlRtNames.ModelInstance}': this is not a model instance file.");

    public static PersistenceDiagnostic MissingAttribute(XmlPosition at, string element, string attribute) =>
        Error("FML4003", at, $"'{element}' has no '{attribute}' attribute.");

    public static PersistenceDiagnostic InvalidAttribute(XmlPosition at, string element, string attribute, string value, string expected) =>
        Error("FML4004", at, $"'{attribute}' of '{element}' is '{value}', not {expected}.");

    public static PersistenceDiagnostic UnknownModel(XmlPosition at, string uri) =>
        Error("FML4005", at, $"No model with URI '{uri}' is known: check the model is part of the compilation.");

    public static PersistenceDiagnostic UnknownConcept(XmlPosition at, string uri, string model) =>
        Error("FML4006", at, $"'{uri}' is not a concept that instances of model '{model}' can hold.");

    public static PersistenceDiagnostic UnknownRole(XmlPosition at, string role, string concept) =>
        Error("FML4007", at, $"'{concept}' has no property '{role}'.");

    public static PersistenceDiagnostic WrongValueKind(XmlPosition at, string element, string role, string concept, string kind) =>
        Error("FML4008", at, $"'{role}' of '{concept}' is {kind}: it cannot hold a '{element}' value.");

    public static PersistenceDiagnostic InvalidValue(XmlPosition at, string value, string role, string concept, string reason) =>
        Error("FML4009", at, $"'{value}' is not a valid value for '{role}' of '{concept}': {reason}.");

    public static PersistenceDiagnostic UnknownEnumValue(XmlPosition at, string uri, string role, string concept, string expected) =>
        Error("FML4010", at, $"'{uri}' is not a value of {expected} (property '{role}' of '{concept}').");

    public static PersistenceDiagnostic DuplicateIdentity(XmlPosition at, long flexoId, string modelInstance, int firstLine) =>
        Error("FML4011", at, $"flexoID {flexoId} is used twice in {modelInstance} (first on line {firstLine}).");

    public static PersistenceDiagnostic WrongContainer(XmlPosition at, string reason) =>
        Error("FML4012", at, reason);

    public static PersistenceDiagnostic TooManyValues(XmlPosition at, string role, string concept, int count) =>
        Error("FML4013", at, $"'{role}' of '{concept}' is single-valued, but the file gives it {count} values.");

    public static PersistenceDiagnostic UnknownModelInstance(XmlPosition at, string uri, string role, string concept) =>
        Error("FML4014", at, $"The model instance '{uri}' referenced by '{role}' of '{concept}' cannot be found: load it with this one or give a resolver that knows it.");

    public static PersistenceDiagnostic WrongReferenceType(XmlPosition at, string uri, string actual, string role, string concept, string expected) =>
        Error("FML4015", at, $"'{role}' of '{concept}' expects {expected}, but {uri} is an instance of '{actual}'.");

    public static PersistenceDiagnostic DanglingReference(XmlPosition at, string uri, string role, string concept) =>
        new("FML4016", DiagnosticSeverity.Warning, $"{uri}, referenced by '{role}' of '{concept}', no longer exists: the reference reads as absent.", at.File, at.Line, at.Column);

    public static PersistenceDiagnostic UnsupportedElement(XmlPosition at, string element) =>
        Error("FML4017", at, $"'{element}' values (technology adapters) are not supported yet: loading would lose them.");

    public static PersistenceDiagnostic MissingUri(XmlPosition at) =>
        Error("FML4018", at, $"The model instance has no '{FmlRtNames.Uri}' attribute and no base URI was given to compute one.");

    public static PersistenceDiagnostic CannotRead(string path, string reason) =>
        Error("FML4019", XmlPosition.Start(path), $"Cannot read the model instance: {reason}");

    public static PersistenceDiagnostic UriMismatch(XmlPosition at, string written, string expected) =>
        new("FML4020", DiagnosticSeverity.Warning, $"The contained model instance says its URI is '{written}', but its place gives '{expected}': '{expected}' is used.", at.File, at.Line, at.Column);

    public static PersistenceDiagnostic NestingTooDeep(XmlPosition at, int limit) =>
        Error("FML4021", at, $"Instances are nested more than {limit} levels deep.");

    public static PersistenceDiagnostic Refused(XmlPosition at, string reason) =>
        Error("FML4022", at, reason);

    public static PersistenceDiagnostic DuplicateModelInstance(XmlPosition at, string uri) =>
        Error("FML4023", at, $"The model instance '{uri}' is loaded twice.");

    public static PersistenceDiagnostic ValueNotSaved(string file, string role, string owner, string reason) =>
        Error("FML4030", XmlPosition.Start(file), $"'{role}' of {owner} cannot be saved: {reason}. Nothing was written.");

    public static PersistenceDiagnostic CannotWrite(string file, string reason) =>
        Error("FML4031", XmlPosition.Start(file), $"Cannot write the file: {reason}. The previous content was left unchanged.");

    private static PersistenceDiagnostic Error(string code, XmlPosition at, string message) =>
        new(code, DiagnosticSeverity.Error, message, at.File, at.Line, at.Column);
}
