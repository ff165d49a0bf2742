using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;

namespace Flexo.Resources;

/// <summary>
/// Walks the folders of one resource center and lists what it finds, in a deterministic order: the entries of a folder
/// by ordinal name, depth first, a model before the models and instances it contains. Never throws for what is on
/// disk: every folder or file that cannot be used becomes a <see cref="ResourceProblem"/>.
/// </summary>
internal sealed class ResourceScanner
{
    private readonly string _root;
    private readonly string _baseUri;
    private readonly ResourceCenterOptions _options;
    private readonly List<ResourceCenterEntry> _entries = [];
    private readonly List<FmlResource> _enclosing = [];
    private readonly HashSet<(Type, string)> _seen = [];

    public ResourceScanner(string root, string baseUri, ResourceCenterOptions options)
    {
        _root = root;
        _baseUri = baseUri;
        _options = options;
    }

    /// <summary>What was found, in order.</summary>
    public ImmutableArray<ResourceCenterEntry> Entries => [.. _entries];

    /// <summary>The models enclosing the scanned scopes (needed to analyse the contained models inside the scopes).</summary>
    public ImmutableArray<FmlResource> EnclosingUnits => [.. _enclosing.Where(u => !_seen.Contains((typeof(FmlResource), u.SourceFullPath)))];

    /// <summary>Adds an entry found outside the scan proper (the marker file's problems).</summary>
    public void Add(ResourceCenterEntry entry)
    {
        var key = entry is FmlResource unit ? unit.SourceFullPath : entry.FullPath;
        if (_seen.Add((entry.GetType(), key)))
        {
            _entries.Add(entry);
        }
    }

    /// <summary>
    /// Scans <paramref name="scope"/> (a normalized relative path with <c>/</c> separators; empty for the whole center).
    /// The folders between the root and the scope decide what the scope is: inside a model folder, a <c>.fml</c> folder
    /// is a contained model and a file named like its folder is that folder's source.
    /// </summary>
    public void Scan(string scope)
    {
        if (scope.Length == 0)
        {
            ScanPlainFolder(_root, string.Empty);
            return;
        }

        var segments = scope.Split('/');
        ModelFolder? container = null;
        var inInstance = false;
        string? instanceRelative = null;
        var relative = string.Empty;
        var full = _root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var name = segments[i];
            relative = Child(relative, name);
            full = Path.Join(full, name);
            if (ResourceNames.IsInstanceFolderName(name))
            {
                instanceRelative = relative;
                inInstance = true;
                container = null;
            }
            else if (ResourceNames.IsModelFolderName(name))
            {
                container = NewModelFolder(full, relative, name, container);
                inInstance = false;
            }
            else
            {
                // A plain folder given explicitly is scanned as a plain folder, even inside a model folder.
                container = null;
                inInstance = false;
            }
        }

        var last = segments[^1];
        var target = Child(relative, last);
        var targetFull = Path.Join(full, last);
        if (Directory.Exists(targetFull))
        {
            if (ResourceNames.IsInstanceFolderName(last))
            {
                ScanInstanceFolder(targetFull, target, last, inInstance ? instanceRelative : container?.RelativePath);
            }
            else if (ResourceNames.IsModelFolderName(last))
            {
                AddEnclosing(container);
                ScanModelFolder(targetFull, target, last, container);
            }
            else
            {
                ScanPlainFolder(targetFull, target);
            }
        }
        else if (container is not null && last == container.Name)
        {
            // The source file of a model folder: that model, inside its containers.
            AddEnclosing(container.Container);
            Add(container.ToResource(Path.Join(container.FullPath, last)));
        }
        else
        {
            Add(PlainFile(targetFull, target, last));
        }
    }

    private void ScanPlainFolder(string full, string relative)
    {
        if (!TryList(full, relative, out var entries))
        {
            return;
        }

        foreach (var entry in entries)
        {
            var childRelative = Child(relative, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                if (_options.SkippedFolderNames.Contains(directory.Name))
                {
                    continue;
                }

                if (directory.LinkTarget is not null)
                {
                    Add(LinkNotFollowed(directory, childRelative));
                }
                else if (ResourceNames.IsInstanceFolderName(directory.Name))
                {
                    ScanInstanceFolder(directory.FullName, childRelative, directory.Name, null);
                }
                else if (ResourceNames.IsModelFolderName(directory.Name))
                {
                    ScanModelFolder(directory.FullName, childRelative, directory.Name, null);
                }
                else
                {
                    ScanPlainFolder(directory.FullName, childRelative);
                }
            }
            else if (ResourceNames.IsFmlFileName(entry.Name))
            {
                Add(PlainFile(entry.FullName, childRelative, entry.Name));
            }
        }
    }

    private void ScanModelFolder(string full, string relative, string name, ModelFolder? container)
    {
        var folder = NewModelFolder(full, relative, name, container);
        if (!TryList(full, relative, out var entries))
        {
            return;
        }

        var source = entries.FirstOrDefault(e => e is not DirectoryInfo && e.Name == name);
        if (source is null)
        {
            Add(new ResourceProblem(relative, full, ResourceProblemKind.MissingSourceFile, DiagnosticSeverity.Error,
                $"the model folder has no source file '{name}'"));
        }
        else
        {
            Add(folder.ToResource(source.FullName));
        }

        foreach (var entry in entries)
        {
            var childRelative = Child(relative, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                var isInstance = ResourceNames.IsInstanceFolderName(directory.Name);
                var isModel = !isInstance && ResourceNames.IsModelFolderName(directory.Name);
                if ((isInstance || isModel) && directory.LinkTarget is not null)
                {
                    Add(LinkNotFollowed(directory, childRelative));
                }
                else if (isInstance)
                {
                    ScanInstanceFolder(directory.FullName, childRelative, directory.Name, relative);
                }
                else if (isModel)
                {
                    ScanModelFolder(directory.FullName, childRelative, directory.Name, folder);
                }

                // Other folders (Localized/...) hold no FML resources.
            }
            else if (entry.Name != name && ResourceNames.IsFmlFileName(entry.Name))
            {
                Add(new ResourceProblem(childRelative, entry.FullName, ResourceProblemKind.IgnoredFile, DiagnosticSeverity.Warning,
                    $"a model folder holds only its own source '{name}'; a contained model is a folder "
                    + $"'{entry.Name}/{entry.Name}'"));
            }
        }
    }

    private void ScanInstanceFolder(string full, string relative, string name, string? containerRelative)
    {
        if (!TryList(full, relative, out var entries))
        {
            return;
        }

        var dataName = ResourceNames.InstanceDataFileName(name);
        var data = entries.FirstOrDefault(e => e is not DirectoryInfo && e.Name == dataName);
        if (data is null)
        {
            Add(new ResourceProblem(relative, full, ResourceProblemKind.MissingInstanceFile, DiagnosticSeverity.Error,
                $"the instance folder has no data file '{dataName}'"));
        }
        else
        {
            Add(new InstanceResource(relative, full, data.FullName, name[..^ResourceNames.InstanceExtension.Length],
                ResourceUris.Combine(_baseUri, relative), containerRelative));
        }

        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo directory && ResourceNames.IsInstanceFolderName(directory.Name))
            {
                var childRelative = Child(relative, directory.Name);
                if (directory.LinkTarget is not null)
                {
                    Add(LinkNotFollowed(directory, childRelative));
                }
                else
                {
                    ScanInstanceFolder(directory.FullName, childRelative, directory.Name, relative);
                }
            }
        }
    }

    private void AddEnclosing(ModelFolder? folder)
    {
        var chain = new List<ModelFolder>();
        for (; folder is not null; folder = folder.Container)
        {
            chain.Add(folder);
        }

        chain.Reverse();
        foreach (var enclosing in chain)
        {
            var source = Path.Join(enclosing.FullPath, enclosing.Name);
            if (File.Exists(source))
            {
                if (!_enclosing.Any(u => u.SourceFullPath == source))
                {
                    _enclosing.Add(enclosing.ToResource(source));
                }
            }
            else
            {
                Add(new ResourceProblem(enclosing.RelativePath, enclosing.FullPath, ResourceProblemKind.MissingSourceFile,
                    DiagnosticSeverity.Error, $"the model folder has no source file '{enclosing.Name}'"));
            }
        }
    }

    private ModelFolder NewModelFolder(string full, string relative, string name, ModelFolder? container) =>
        new(relative, full, name,
            container is null ? ResourceUris.Combine(_baseUri, relative) : ResourceUris.Contained(container.Uri, name),
            container);

    private FmlResource PlainFile(string full, string relative, string name) =>
        new(relative, full, relative, full, ResourceNames.ModelName(name), ResourceLayout.File,
            ResourceUris.Combine(_baseUri, relative), null);

    private static ResourceProblem LinkNotFollowed(DirectoryInfo directory, string relative) =>
        new(relative, directory.FullName, ResourceProblemKind.FolderLinkNotFollowed, DiagnosticSeverity.Info,
            "symbolic links to folders are not followed while scanning; give the link's target to check it");

    private bool TryList(string full, string relative, out FileSystemInfo[] entries)
    {
        try
        {
            entries = new DirectoryInfo(full).GetFileSystemInfos();
        }
        catch (Exception e) when (ResourceFileReader.IsIoProblem(e))
        {
            Add(ResourceFileReader.Unreadable(ResourceProblemKind.UnreadableFolder, relative, full, e));
            entries = [];
            return false;
        }

        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return true;
    }

    private static string Child(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;

    /// <summary>A model folder <c>X.fml/</c> met while scanning, with its computed URI and its container.</summary>
    private sealed record ModelFolder(string RelativePath, string FullPath, string Name, string Uri, ModelFolder? Container)
    {
        public FmlResource ToResource(string sourceFullPath) =>
            new(RelativePath, FullPath, RelativePath + "/" + Name, sourceFullPath, ResourceNames.ModelName(Name),
                ResourceLayout.Folder, Uri, Container?.RelativePath);
    }
}
