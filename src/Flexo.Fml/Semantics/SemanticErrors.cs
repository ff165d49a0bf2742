using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>
/// The catalogue of name-resolution and typing diagnostics (<c>FML2xxx</c>) and validation diagnostics
/// (<c>FML3xxx</c>): one factory per diagnostic, codes never reused. docs/diagnostics.md lists them.
/// </summary>
public static class SemanticErrors
{
    /// <summary>FML2001: a type name that resolves to nothing.</summary>
    public static Diagnostic UnknownType(TextSpan span, string name) =>
        Error("FML2001", span, $"Unknown type '{name}': no concept, enum, model, imported type or Java type has this name.");

    /// <summary>FML2002: a name that is not a variable, parameter, property or type in scope.</summary>
    public static Diagnostic UnknownName(TextSpan span, string name) =>
        Error("FML2002", span, $"Unknown name '{name}': no variable, property, parameter or type with this name is in scope.");

    /// <summary>FML2003: a member (property, method, Java member) that the type does not have.</summary>
    public static Diagnostic UnknownMember(TextSpan span, string type, string name) =>
        Error("FML2003", span, $"'{type}' has no property or behaviour named '{name}'.");

    /// <summary>FML2004: a call whose arguments fit none of the candidates.</summary>
    public static Diagnostic NoMatchingOverload(TextSpan span, string name, string arguments, string candidates) =>
        Error("FML2004", span, $"No behaviour '{name}' accepts ({arguments}); candidates: {candidates}.");

    /// <summary>FML2005: an argument is missing for a parameter without default value (D12).</summary>
    public static Diagnostic MissingArgument(TextSpan span, string behaviour, string parameter) =>
        Error("FML2005", span, $"Missing argument for parameter '{parameter}' of '{behaviour}'.");

    /// <summary>FML2006: more arguments than parameters.</summary>
    public static Diagnostic TooManyArguments(TextSpan span, string behaviour, int expected, int given) =>
        Error("FML2006", span, $"'{behaviour}' takes {expected} argument{(expected == 1 ? "" : "s")}, not {given}.");

    /// <summary>FML2007: an argument of the wrong type.</summary>
    public static Diagnostic ArgumentType(TextSpan span, string parameter, string expected, string actual) =>
        Error("FML2007", span, $"Argument for '{parameter}' must be {expected}, not {actual}.");

    /// <summary>FML2008: <c>new C::n()</c> where C has no creation scheme <c>n</c> (D13).</summary>
    public static Diagnostic UnknownCreationScheme(TextSpan span, string concept, string name) =>
        Error("FML2008", span, $"'{concept}' has no creation scheme or instantiating behaviour named '{name}'.");

    /// <summary>FML2009: several candidates fit equally well.</summary>
    public static Diagnostic Ambiguous(TextSpan span, string what, string candidates) =>
        Error("FML2009", span, $"Ambiguous {what}: {candidates} all fit; make the arguments more specific.");

    /// <summary>FML2010: a value of the wrong type assigned or returned.</summary>
    public static Diagnostic CannotConvert(TextSpan span, string from, string to) =>
        Error("FML2010", span, $"Cannot use a value of type {from} where {to} is expected.");

    /// <summary>FML2011: assignment to something that cannot be assigned.</summary>
    public static Diagnostic NotSettable(TextSpan span, string what) =>
        Error("FML2011", span, $"'{what}' cannot be assigned.");

    /// <summary>FML2012: instantiation of an abstract concept.</summary>
    public static Diagnostic AbstractInstantiation(TextSpan span, string concept) =>
        Error("FML2012", span, $"'{concept}' is abstract and cannot be instantiated; instantiate one of its sub-concepts.");

    /// <summary>FML2013: an operator applied to operands it does not accept.</summary>
    public static Diagnostic OperatorTypes(TextSpan span, string op, string operands) =>
        Error("FML2013", span, $"Operator '{op}' cannot be applied to {operands}.");

    /// <summary>FML2014: a condition that is not boolean (D19: never treated as true).</summary>
    public static Diagnostic ConditionNotBoolean(TextSpan span, string where, string type) =>
        Error("FML2014", span, $"The condition of {where} must be boolean, not {type}.");

    /// <summary>FML2015: a <c>use</c> declaration naming an unknown technology adapter.</summary>
    public static Diagnostic UnknownAdapter(TextSpan span, string name) =>
        Error("FML2015", span, $"Unknown technology adapter '{name}': no installed adapter declares this model slot.");

    /// <summary>FML2016: a role, behaviour or action keyword that no used adapter declares.</summary>
    public static Diagnostic UnknownKind(TextSpan span, string what, string name) =>
        Error("FML2016", span, $"Unknown {what} '{name}': it is not declared by FML@RT nor by any adapter this unit uses.");

    /// <summary>FML2017: <c>TA::X</c> with an abbreviation no <c>use</c> declares.</summary>
    public static Diagnostic UnknownAdapterAlias(TextSpan span, string alias) =>
        Error("FML2017", span, $"Unknown technology adapter abbreviation '{alias}': declare it with 'use <model slot> as {alias};'.");

    /// <summary>FML2018: an import that resolves to no resource.</summary>
    public static Diagnostic UnresolvedImport(TextSpan span, string uri) =>
        Error("FML2018", span, $"Import '{uri}' does not resolve: no model in the loaded resource centers has this URI.");

    /// <summary>FML2019: <c>super</c> used where it means nothing.</summary>
    public static Diagnostic SuperMisuse(TextSpan span, string reason) =>
        Error("FML2019", span, $"Invalid use of 'super': {reason}.");

    /// <summary>FML2020: an enum value that the enum does not declare (D8).</summary>
    public static Diagnostic UnknownEnumValue(TextSpan span, string enumName, string value) =>
        Error("FML2020", span, $"Enum '{enumName}' has no value '{value}'.");

    /// <summary>FML2021: a for-each over something that is not a collection.</summary>
    public static Diagnostic NotIterable(TextSpan span, string type) =>
        Error("FML2021", span, $"Cannot iterate over a value of type {type}; a list or set is expected.");

    /// <summary>FML2022: a concept hierarchy with a cycle.</summary>
    public static Diagnostic InheritanceCycle(TextSpan span, string concept) =>
        Error("FML2022", span, $"Inconsistent concept hierarchy: '{concept}' inherits from itself.");

    /// <summary>FML2023: a parent of the wrong kind (a concept extending a model, an enum as parent...).</summary>
    public static Diagnostic InvalidParent(TextSpan span, string child, string parent) =>
        Error("FML2023", span, $"'{child}' cannot extend '{parent}': models extend models, concepts extend concepts, events extend events.");

    /// <summary>FML2024: a return value in a void behaviour or a missing value in a typed one.</summary>
    public static Diagnostic ReturnMismatch(TextSpan span, string reason) =>
        Error("FML2024", span, reason);

    /// <summary>FML2025: an annotation value that must be a constant string (D6).</summary>
    public static Diagnostic AnnotationNotString(TextSpan span, string tag) =>
        Error("FML2025", span, $"The value of @{tag} must be a string built from literals and namespace aliases.");

    /// <summary>FML2026: a keyword parameter the role, action or behaviour kind does not declare (warning).</summary>
    public static Diagnostic UnknownKeywordParameter(TextSpan span, string kind, string parameter) =>
        new("FML2026", DiagnosticSeverity.Warning, span, $"'{kind}' has no parameter '{parameter}'; it is ignored.");

    /// <summary>FML2027: a local declared twice in the same scope.</summary>
    public static Diagnostic DuplicateLocal(TextSpan span, string name) =>
        Error("FML2027", span, $"A variable named '{name}' is already declared in this scope.");

    /// <summary>FML2028: a reference to a model or concept that is not visible from here (warning, or error when strict).</summary>
    public static Diagnostic NotVisible(TextSpan span, string what, string visibility, bool strict) =>
        new("FML2028", strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, span, $"'{what}' is {visibility} and not visible here.");

    /// <summary>FML2029: a technology adapter Flexo knows but does not provide yet (warning, its vocabulary is not checked).</summary>
    public static Diagnostic AdapterNotAvailable(TextSpan span, string name) =>
        new("FML2029", DiagnosticSeverity.Warning, span, $"Technology adapter '{name}' is not available in this installation; its roles and actions are not checked.");

    /// <summary>FML2030: a concept or model instantiated with arguments the creation schemes do not accept.</summary>
    public static Diagnostic NoCreationScheme(TextSpan span, string concept, string arguments) =>
        Error("FML2030", span, $"No creation scheme of '{concept}' accepts ({arguments}).");

    /// <summary>FML2031: a value of a type where another category is required (e.g. a select of a non-concept).</summary>
    public static Diagnostic NotAConcept(TextSpan span, string type) =>
        Error("FML2031", span, $"'{type}' is not a concept, model or event.");

    /// <summary>FML2032: two models (or contained models) registered under the same URI.</summary>
    public static Diagnostic DuplicateUri(TextSpan span, string uri, string otherPath) =>
        Error("FML2032", span, $"Another model already has the URI '{uri}' (in {otherPath}); URIs must be unique.");

    /// <summary>FML2033: a declaration outside the model of the unit.</summary>
    public static Diagnostic DeclarationOutsideModel(TextSpan span, string name) =>
        Error("FML2033", span, $"'{name}' is declared outside the model; declarations belong inside 'model Name {{ ... }}'.");

    /// <summary>FML2034: two concepts, events or enums with the same name in one model.</summary>
    public static Diagnostic DuplicateConcept(TextSpan span, string name, string model) =>
        Error("FML2034", span, $"Model '{model}' already declares a concept, event or enum named '{name}'; names are looked up across the whole model.");

    /// <summary>FML2035: an adapter keyword used without one of its required keyword parameters.</summary>
    public static Diagnostic MissingKeywordParameter(TextSpan span, string kind, string parameter) =>
        Error("FML2035", span, $"'{kind}' needs the parameter '{parameter}': write {kind}({parameter}=...).");

    /// <summary>FML2036: a keyword parameter given a value of the wrong type.</summary>
    public static Diagnostic KeywordParameterType(TextSpan span, string kind, string parameter, string expected, string actual) =>
        Error("FML2036", span, $"The parameter '{parameter}' of '{kind}' takes a value of type {expected}, not {actual}.");

    /// <summary>FML2037: a select of a technology type that no fetch request of its adapter returns.</summary>
    public static Diagnostic NoFetchRequest(TextSpan span, string type, string adapter, string request) =>
        Error("FML2037", span, request.Length == 0
            ? $"No fetch request of the {adapter} adapter selects '{type}'."
            : $"The fetch request '{request}' of the {adapter} adapter selects another type than '{type}'.");

    /// <summary>FML3001: two behaviours with the same signature.</summary>
    public static Diagnostic DuplicateBehaviour(TextSpan span, string signature) =>
        Error("FML3001", span, $"Duplicate behaviour {signature}.");

    /// <summary>FML3002: two properties with the same name in one concept.</summary>
    public static Diagnostic DuplicateProperty(TextSpan span, string name) =>
        Error("FML3002", span, $"Duplicate property '{name}'.");

    /// <summary>FML3003: an abstract behaviour with a body.</summary>
    public static Diagnostic AbstractWithBody(TextSpan span, string name) =>
        Error("FML3003", span, $"Abstract behaviour '{name}' cannot have a body; end it with ';'.");

    /// <summary>FML3004: a concrete concept with abstract members, declared or inherited and not implemented.</summary>
    public static Diagnostic AbstractMembersInConcreteConcept(TextSpan span, string concept, string members) =>
        Error("FML3004", span, $"'{concept}' is not abstract but does not implement {members}; implement them or declare '{concept}' abstract.");

    /// <summary>FML3005: a container declaration incompatible with the parents' containers.</summary>
    public static Diagnostic ContainerInconsistent(TextSpan span, string concept) =>
        Error("FML3005", span, $"The container of '{concept}' is not compatible with the containers of its parents.");

    /// <summary>FML3006: a statement after <c>return</c> in the same block.</summary>
    public static Diagnostic UnreachableCode(TextSpan span) =>
        Error("FML3006", span, "Unreachable code: this statement follows a 'return'.");

    /// <summary>FML3007: a typed behaviour whose body can end without returning a value.</summary>
    public static Diagnostic MissingReturn(TextSpan span, string name, string type) =>
        Error("FML3007", span, $"'{name}' must return a value of type {type} on every path.");

    /// <summary>FML3008: cardinality bounds that make no sense (D7).</summary>
    public static Diagnostic InvalidCardinalityBounds(TextSpan span, string bounds) =>
        Error("FML3008", span, $"Invalid cardinality {bounds}: the upper bound must be at least 1 and at least the lower bound.");

    /// <summary>FML3009: a local variable never read (warning).</summary>
    public static Diagnostic UnusedLocal(TextSpan span, string name) =>
        new("FML3009", DiagnosticSeverity.Warning, span, $"Variable '{name}' is never used.");

    /// <summary>FML3010: an import never used (warning).</summary>
    public static Diagnostic UnusedImport(TextSpan span, string name) =>
        new("FML3010", DiagnosticSeverity.Warning, span, $"Import '{name}' is never used.");

    /// <summary>FML3011: <c>new M()</c> of a virtual model without a <c>name</c>.</summary>
    public static Diagnostic ModelInstanceWithoutName(TextSpan span, string model) =>
        Error("FML3011", span, $"Instantiating model '{model}' needs a name: new {model}(...) with (name=\"...\").");

    /// <summary>FML3012: an abstract behaviour or property in a concept that is not abstract.</summary>
    public static Diagnostic AbstractMemberInConcreteConcept(TextSpan span, string member, string concept) =>
        Error("FML3012", span, $"'{member}' is abstract, so '{concept}' must be declared abstract.");

    private static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);
}
