using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics;

namespace Flexo.Resources;

/// <summary>Where a resource center's base URI comes from.</summary>
public enum BaseUriOrigin
{
    /// <summary>The marker file <see cref="ResourceNames.MarkerFile"/> at the root.</summary>
    MarkerFile,

    /// <summary>No usable marker file: the <c>file://</c> URI of the root folder (<see cref="ResourceUris.DefaultBaseUri"/>).</summary>
    Default,

    /// <summary>Given by the caller (<see cref="ResourceCenterOptions.BaseUri"/>).</summary>
    Explicit,
}

/// <summary>
/// A folder of FML resources in Openflexo's layout (FML.md §6.1, §6.2; docs/resource-centers.md): model folders
/// <c>X.fml/X.fml</c> with their contained models <c>X.fml/Child.fml/Child.fml</c>, plain <c>*.fml</c> files, and
/// model instance folders <c>*.fml.rt/</c>. Opening one scans it at once; the result is an immutable snapshot.
/// Files are read only by <see cref="LoadDocuments"/>.
/// </summary>
public sealed class DirectoryResourceCenter
{
    private readonly Dictionary<string, FmlResource> _unitsByUri;
    private readonly Dictionary<string, FmlResource> _unitsByPath;
    private readonly Dictionary<string, InstanceResource> _instancesByUri;

    private DirectoryResourceCenter(
        string rootPath, string baseUri, BaseUriOrigin origin, ImmutableArray<string> scopes,
        ImmutableArray<ResourceCenterEntry> entries, ImmutableArray<FmlResource> enclosingUnits)
    {
        RootPath = rootPath;
        BaseUri = baseUri;
        BaseUriOrigin = origin;
        Scopes = scopes;
        Entries = entries;
        EnclosingUnits = enclosingUnits;
        Units = [.. entries.OfType<FmlResource>()];
        Instances = [.. entries.OfType<InstanceResource>()];
        Problems = [.. entries.OfType<ResourceProblem>()];

        _unitsByUri = new Dictionary<string, FmlResource>(StringComparer.Ordinal);
        _unitsByPath = new Dictionary<string, FmlResource>(StringComparer.Ordinal);
        foreach (var unit in Units.Concat(EnclosingUnits))
        {
            _unitsByUri.TryAdd(unit.Uri, unit);
            _unitsByPath.TryAdd(unit.RelativePath, unit);
            _unitsByPath.TryAdd(unit.SourceRelativePath, unit);
        }

        _instancesByUri = new Dictionary<string, InstanceResource>(StringComparer.Ordinal);
        foreach (var instance in Instances)
        {
            _instancesByUri.TryAdd(instance.Uri, instance);
        }
    }

    /// <summary>The absolute path of the root folder (no trailing separator).</summary>
    public string RootPath { get; }

    /// <summary>The base URI every computed URI starts with.</summary>
    public string BaseUri { get; }

    /// <summary>Where <see cref="BaseUri"/> comes from.</summary>
    public BaseUriOrigin BaseUriOrigin { get; }

    /// <summary>The parts of the center that were scanned, relative to the root; one empty string for the whole center.</summary>
    public ImmutableArray<string> Scopes { get; }

    /// <summary>Everything found, in scan order: units, instances and problems.</summary>
    public ImmutableArray<ResourceCenterEntry> Entries { get; }

    /// <summary>The FML compilation units found, in scan order (a model before the models it contains).</summary>
    public ImmutableArray<FmlResource> Units { get; }

    /// <summary>The model instance folders found (<c>*.fml.rt</c>), in scan order. They are listed, not read.</summary>
    public ImmutableArray<InstanceResource> Instances { get; }

    /// <summary>Every file or folder that could not be used, with the reason, in scan order.</summary>
    public ImmutableArray<ResourceProblem> Problems { get; }

    /// <summary>
    /// When only part of the center was scanned and that part lies inside model folders: the models enclosing it,
    /// outermost first. Their names are in scope in the contained models, so they belong in the same compilation.
    /// </summary>
    public ImmutableArray<FmlResource> EnclosingUnits { get; }

    /// <summary>Opens and scans the whole folder <paramref name="rootPath"/>.</summary>
    public static DirectoryResourceCenter Open(string rootPath, ResourceCenterOptions? options = null) =>
        Open(rootPath, [string.Empty], options);

    /// <summary>
    /// Opens the folder <paramref name="rootPath"/> as a resource center but scans only <paramref name="scopes"/>:
    /// files or folders below the root, given relative to it. URIs and containment are computed from the root.
    /// </summary>
    public static DirectoryResourceCenter Open(string rootPath, IEnumerable<string> scopes, ResourceCenterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootPath);
        ArgumentNullException.ThrowIfNull(scopes);
        options ??= ResourceCenterOptions.Default;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
        var normalizedScopes = scopes.Select(scope => NormalizeScope(root, scope)).Distinct(StringComparer.Ordinal).ToImmutableArray();

        var markerProblems = new List<ResourceProblem>();
        var (baseUri, origin) = options.BaseUri is { } explicitBase
            ? (explicitBase, BaseUriOrigin.Explicit)
            : ReadBaseUri(root, markerProblems);

        var scanner = new ResourceScanner(root, baseUri, options);
        foreach (var problem in markerProblems)
        {
            scanner.Add(problem);
        }

        foreach (var scope in normalizedScopes)
        {
            scanner.Scan(scope);
        }

        return new DirectoryResourceCenter(root, baseUri, origin, normalizedScopes, scanner.Entries, scanner.EnclosingUnits);
    }

    /// <summary>
    /// The base URI of the resource center rooted at <paramref name="rootPath"/>: the trimmed content of its marker file
    /// when there is one and it is usable, else the folder's <c>file://</c> URI. Problems with the marker file are added
    /// to <paramref name="problems"/>.
    /// </summary>
    public static (string BaseUri, BaseUriOrigin Origin) ReadBaseUri(string rootPath, ICollection<ResourceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var marker = MarkerPath(rootPath);
        if (File.Exists(marker))
        {
            var content = ResourceFileReader.Read(marker, ResourceNames.MarkerFile);
            if (content.Problem is { } problem)
            {
                problems.Add(problem);
            }
            else if (content.Text!.Trim() is { Length: > 0 } baseUri)
            {
                return (baseUri, BaseUriOrigin.MarkerFile);
            }
            else
            {
                var fallback = ResourceUris.DefaultBaseUri(rootPath);
                problems.Add(new ResourceProblem(ResourceNames.MarkerFile, marker, ResourceProblemKind.EmptyMarkerFile,
                    DiagnosticSeverity.Warning, $"the resource center marker file is empty; the default base URI '{fallback}' is used"));
            }
        }

        return (ResourceUris.DefaultBaseUri(rootPath), BaseUriOrigin.Default);
    }

    /// <summary>The absolute path of the marker file of the center rooted at <paramref name="rootPath"/>.</summary>
    public static string MarkerPath(string rootPath) =>
        Path.Join(rootPath, ResourceNames.MarkerFile.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>True when <paramref name="folder"/> holds a marker file (is the root of a declared resource center).</summary>
    public static bool HasMarker(string folder) => File.Exists(MarkerPath(folder));

    /// <summary>The unit with this computed URI (units of the scanned scopes and enclosing units), or null.</summary>
    public FmlResource? FindByUri(string uri) => _unitsByUri.GetValueOrDefault(uri);

    /// <summary>
    /// The unit at <paramref name="relativePath"/>, relative to the root: the resource (<c>Library.fml</c>) or its
    /// source file (<c>Library.fml/Library.fml</c>); <c>/</c> or <c>\</c> separators; null when there is none.
    /// </summary>
    public FmlResource? FindByPath(string relativePath) => _unitsByPath.GetValueOrDefault(NormalizeRelative(relativePath));

    /// <summary>The instance resource with this computed URI, or null.</summary>
    public InstanceResource? FindInstanceByUri(string uri) => _instancesByUri.GetValueOrDefault(uri);

    /// <summary>The instance folder at <paramref name="relativePath"/>, or null.</summary>
    public InstanceResource? FindInstanceByPath(string relativePath)
    {
        var normalized = NormalizeRelative(relativePath);
        return Instances.FirstOrDefault(i => i.RelativePath == normalized);
    }

    /// <summary>
    /// Reads every unit (and enclosing unit) and builds the documents of a <see cref="Compilation"/>.
    /// <paramref name="documentPath"/> names each document (default: the source file's absolute path). A file that
    /// cannot be read gives a problem instead of a document; a contained model whose container could not be read gets
    /// no <see cref="FmlDocument.ContainerPath"/>.
    /// </summary>
    public ResourceDocuments LoadDocuments(Func<FmlResource, string>? documentPath = null)
    {
        documentPath ??= static unit => unit.SourceFullPath;
        var units = EnclosingUnits.Concat(Units).ToList();
        var texts = units.Select(u => ResourceFileReader.Read(u.SourceFullPath, u.SourceRelativePath)).ToList();
        var pathsByResource = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            if (texts[i].IsSuccess)
            {
                pathsByResource[units[i].RelativePath] = documentPath(units[i]);
            }
        }

        var documents = ImmutableArray.CreateBuilder<FmlDocument>();
        var problems = ImmutableArray.CreateBuilder<ResourceProblem>();
        problems.AddRange(Problems);
        for (var i = 0; i < units.Count; i++)
        {
            if (texts[i].Problem is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            var container = units[i].ContainerRelativePath is { } c ? pathsByResource.GetValueOrDefault(c) : null;
            documents.Add(new FmlDocument(pathsByResource[units[i].RelativePath], texts[i].Text!, units[i].Uri, container));
        }

        return new ResourceDocuments(documents.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>A compilation of this center's documents (<see cref="LoadDocuments"/> with absolute paths).</summary>
    public Compilation CreateCompilation(CompilationOptions? options = null) =>
        Compilation.Create(LoadDocuments().Documents, options);

    private static string NormalizeScope(string root, string scope)
    {
        var full = Path.GetFullPath(Path.Join(root, scope));
        var relative = Path.GetRelativePath(root, full);
        if (relative == ".")
        {
            return string.Empty;
        }

        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The scope '{scope}' is not inside the resource center '{root}'.", nameof(scope));
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string NormalizeRelative(string relativePath)
    {
        var path = relativePath.Replace('\\', '/').Trim('/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path == "." ? string.Empty : path;
    }
}

/// <summary>The documents of a resource center, ready for <see cref="Compilation.Create"/>, and what could not be used.</summary>
/// <param name="Documents">One document per unit that could be read.</param>
/// <param name="Problems">The scan problems and the read problems.</param>
public sealed record ResourceDocuments(ImmutableArray<FmlDocument> Documents, ImmutableArray<ResourceProblem> Problems);
