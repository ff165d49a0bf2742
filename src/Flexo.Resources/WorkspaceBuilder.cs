using System.Collections.Immutable;
using Flexo.Fml.Semantics;

namespace Flexo.Resources;

/// <summary>
/// Collects the entries of several resource centers in order, drops duplicates (a file reached twice is used once),
/// reads the sources and builds the <see cref="Workspace"/>.
/// </summary>
internal sealed class WorkspaceBuilder
{
    private readonly List<object> _pending = [];
    private readonly List<PendingUnit> _context = [];
    private readonly List<DirectoryResourceCenter> _centers = [];
    private readonly HashSet<string> _seenSources = new(StringComparer.Ordinal);
    private readonly HashSet<(ResourceProblemKind, string)> _seenProblems = [];
    private readonly HashSet<string> _seenInstances = new(StringComparer.Ordinal);

    public void AddCenter(DirectoryResourceCenter center, Func<string, string> display)
    {
        _centers.Add(center);
        foreach (var entry in center.Entries)
        {
            switch (entry)
            {
                case FmlResource unit when _seenSources.Add(unit.SourceFullPath):
                    _pending.Add(new PendingUnit(display(unit.SourceFullPath), unit, center));
                    break;
                case InstanceResource instance when _seenInstances.Add(instance.FullPath):
                    _pending.Add(new WorkspaceInstance(display(instance.FullPath), instance.FullPath, instance));
                    break;
                case ResourceProblem problem when _seenProblems.Add((problem.Kind, problem.FullPath)):
                    _pending.Add(new WorkspaceProblem(display(problem.FullPath), problem.FullPath, problem));
                    break;
            }
        }

        foreach (var unit in center.EnclosingUnits)
        {
            _context.Add(new PendingUnit(display(unit.SourceFullPath), unit, center));
        }
    }

    public void AddDocument(FmlDocument document)
    {
        if (_seenSources.Add("\0" + document.Path))
        {
            _pending.Add(new WorkspaceSource(document.Path, null, document.Uri, null, document, null));
        }
    }

    public Workspace Build(CompilationOptions options, Compilation? previous)
    {
        var context = _context
            .Where(u => !_seenSources.Contains(u.Unit.SourceFullPath))
            .DistinctBy(u => u.Unit.SourceFullPath, StringComparer.Ordinal)
            .ToList();
        var units = _pending.OfType<PendingUnit>().Concat(context).ToList();
        var texts = units.Select(u => ResourceFileReader.Read(u.Unit.SourceFullPath, u.Unit.SourceRelativePath)).ToList();

        // Document paths: as displayed, unless two different files would display alike.
        var usedPaths = new HashSet<string>(_pending.OfType<WorkspaceSource>().Select(s => s.Path), StringComparer.Ordinal);
        var documentPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new string[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            paths[i] = usedPaths.Add(units[i].Display) ? units[i].Display : units[i].Unit.SourceFullPath;
            if (texts[i].IsSuccess)
            {
                documentPaths[units[i].Unit.SourceFullPath] = paths[i];
            }
        }

        var sources = new Dictionary<PendingUnit, WorkspaceSource>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i].Unit;
            FmlDocument? document = null;
            if (texts[i].IsSuccess)
            {
                var container = ContainerSourceFullPath(units[i].Center, unit) is { } c ? documentPaths.GetValueOrDefault(c) : null;
                document = new FmlDocument(paths[i], texts[i].Text!, unit.Uri, container);
            }

            sources[units[i]] = new WorkspaceSource(paths[i], unit.SourceFullPath, unit.Uri, unit, document, texts[i].Problem);
        }

        var entries = ImmutableArray.CreateBuilder<WorkspaceEntry>();
        foreach (var pending in _pending)
        {
            entries.Add(pending is PendingUnit unit ? sources[unit] : (WorkspaceEntry)pending);
        }

        var contextSources = ImmutableArray.CreateBuilder<WorkspaceSource>();
        foreach (var unit in context)
        {
            var source = sources[unit];
            if (source.Problem is { } problem)
            {
                // An enclosing model that cannot be read is reported like any other problem.
                entries.Add(new WorkspaceProblem(source.Path, problem.FullPath, problem));
            }
            else
            {
                contextSources.Add(source);
            }
        }

        var documents = entries.OfType<WorkspaceSource>().Concat(contextSources).Where(s => s.Document is not null).Select(s => s.Document!).ToList();
        var compilation = previous is null ? Compilation.Create(documents, options) : Update(previous, documents);
        return new Workspace(compilation, entries.ToImmutable(), contextSources.ToImmutable(), [.. _centers]);
    }

    /// <summary>The previous compilation with the documents replaced: unchanged ones (and their trees) are kept.</summary>
    private static Compilation Update(Compilation previous, List<FmlDocument> documents)
    {
        var paths = documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var compilation = previous;
        foreach (var removed in previous.Documents.Where(d => !paths.Contains(d.Path)).Select(d => d.Path).ToList())
        {
            compilation = compilation.RemoveDocument(removed);
        }

        foreach (var document in documents)
        {
            compilation = compilation.WithDocument(document);
        }

        return compilation;
    }

    /// <summary>The absolute path of the source file of a contained model's container, or null for a top-level unit.</summary>
    private static string? ContainerSourceFullPath(DirectoryResourceCenter center, FmlResource unit)
    {
        if (unit.ContainerRelativePath is not { } container)
        {
            return null;
        }

        var folder = Path.Join(center.RootPath, container.Replace('/', Path.DirectorySeparatorChar));
        return Path.Join(folder, Path.GetFileName(folder));
    }

    private sealed record PendingUnit(string Display, FmlResource Unit, DirectoryResourceCenter Center);
}
