using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Scripts;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>
/// An immutable set of FML documents (usually the files of one or more resource centers) with everything known
/// about them: syntax trees, symbols, types and diagnostics. Changing a document gives a new compilation that
/// reuses all the work that does not depend on the change. Safe to query from several threads.
/// </summary>
public sealed class Compilation
{
    private readonly ImmutableDictionary<string, DocumentState> _documents;
    private readonly Lazy<SemanticResult> _result;

    private Compilation(ImmutableDictionary<string, DocumentState> documents, CompilationOptions options, Compilation? previous = null)
    {
        _documents = documents;
        Options = options;

        // A compilation derived from another reuses what the other computed for units the change does not affect.
        var previousResult = previous is { _result.IsValueCreated: true } ? previous._result.Value : null;
        _result = new Lazy<SemanticResult>(() => SemanticResult.Build(this, previousResult), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The options.</summary>
    public CompilationOptions Options { get; }

    /// <summary>The documents, by path.</summary>
    public IEnumerable<FmlDocument> Documents => _documents.Values.Select(d => d.Document);

    /// <summary>Creates a compilation of <paramref name="documents"/>.</summary>
    public static Compilation Create(IEnumerable<FmlDocument> documents, CompilationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= CompilationOptions.Default;
        var builder = ImmutableDictionary.CreateBuilder<string, DocumentState>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            builder[document.Path] = new DocumentState(document, options.ParseOptions);
        }

        return new Compilation(builder.ToImmutable(), options);
    }

    /// <summary>A compilation where <paramref name="document"/> is added or replaces the one with the same path.</summary>
    public Compilation WithDocument(FmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_documents.TryGetValue(document.Path, out var existing) && existing.Document == document)
        {
            return this;
        }

        return new Compilation(_documents.SetItem(document.Path, new DocumentState(document, Options.ParseOptions)), Options, this);
    }

    /// <summary>A compilation without the document at <paramref name="path"/>.</summary>
    public Compilation RemoveDocument(string path) => new(_documents.Remove(path), Options, this);

    /// <summary>The syntax tree of the document at <paramref name="path"/>, or null.</summary>
    public SyntaxTree? GetSyntaxTree(string path) => _documents.TryGetValue(path, out var state) ? state.Tree : null;

    /// <summary>The unit symbol of the document at <paramref name="path"/>, or null.</summary>
    public UnitSymbol? GetUnit(string path) => _result.Value.Units.GetValueOrDefault(path);

    /// <summary>Every unit, by path.</summary>
    public IReadOnlyDictionary<string, UnitSymbol> Units => _result.Value.Units;

    /// <summary>The model with this URI, or the only model with this name; null when none (or several share the name).</summary>
    public ConceptSymbol? FindModel(string uriOrName) => _result.Value.FindModel(uriOrName);

    /// <summary>Any FML object (model, concept, property, behaviour, enum value) by its URI (FML.md §6.1).</summary>
    public Symbol? FindObject(string uri) => _result.Value.FindObject(uri);

    /// <summary>
    /// Makes sure the bound trees of the unit at <paramref name="path"/> (behaviour bodies, initialisers, invariants)
    /// are available: a compilation derived by <see cref="WithDocument"/> skips re-binding units the change does not
    /// affect, and binds them on demand here.
    /// </summary>
    public void EnsureBound(string path) => _result.Value.EnsureBound(path);

    /// <summary>Paths of the units whose bodies were (re)analysed when this compilation was checked.</summary>
    public IReadOnlyCollection<string> AnalysedPaths => _result.Value.AnalysedPaths;

    /// <summary>The diagnostics of one document (syntax, then semantic), sorted by position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics(string path) =>
        _result.Value.Diagnostics.GetValueOrDefault(path, ImmutableArray<Diagnostic>.Empty);

    /// <summary>The diagnostics of every document, by path.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> GetAllDiagnostics() => _result.Value.Diagnostics;

    /// <summary>
    /// Binds an expression or FML action outside any behaviour body (a script command, or an expression a host
    /// evaluates on an instance) in <paramref name="context"/>: its variables, and the concept of the current instance
    /// if any. Names of models and concepts resolve as docs/scripts.md says. Diagnostics are relative to the text
    /// <paramref name="expression"/> comes from; the compilation's own diagnostics are not affected.
    /// </summary>
    public BoundFragment BindFragment(ExpressionSyntax expression, FragmentContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return BindFragment(expression, context, asCondition: false, new SourceText(expression.Table.Source), []);
    }

    /// <summary>
    /// Parses <paramref name="text"/> as one expression or FML action (a trailing ';' is allowed) and binds it as
    /// <see cref="BindFragment(ExpressionSyntax, FragmentContext)"/> does; diagnostics are relative to the text.
    /// </summary>
    public BoundFragment BindFragment(string text, FragmentContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var expression = FragmentParser.Parse(text, Options.ParseOptions, diagnostics);
        return BindFragment(expression, context, asCondition: false, new SourceText(text), diagnostics);
    }

    /// <summary>Binds a condition (the condition of a script's <c>assert</c>), which must be boolean (FML2014).</summary>
    public BoundFragment BindCondition(ExpressionSyntax condition, FragmentContext context)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return BindFragment(condition, context, asCondition: true, new SourceText(condition.Table.Source), []);
    }

    private BoundFragment BindFragment(ExpressionSyntax expression, FragmentContext context, bool asCondition, SourceText text, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Options.SyntaxOnly)
        {
            throw new InvalidOperationException("A compilation made with SyntaxOnly binds nothing.");
        }

        return _result.Value.BindFragment(expression, context, asCondition, text, diagnostics);
    }

    internal IReadOnlyDictionary<string, DocumentState> DocumentStates => _documents;
}

/// <summary>A document and its (lazily parsed) syntax tree; reused by later compilations while the text is unchanged.</summary>
internal sealed class DocumentState
{
    private readonly Lazy<SyntaxTree> _tree;

    public DocumentState(FmlDocument document, ParseOptions options)
    {
        Document = document;
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(document.Text, document.Path, options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public FmlDocument Document { get; }

    public SyntaxTree Tree => _tree.Value;

    /// <summary>The hash of what other units can observe of this document (see <see cref="InterfaceFingerprint"/>).</summary>
    public ulong Fingerprint => _fingerprint ??= InterfaceFingerprint.Compute(Tree);

    private ulong? _fingerprint;
}
