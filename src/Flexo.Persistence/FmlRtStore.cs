using System.Collections.Immutable;
using System.Text;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Persistence;

/// <summary>
/// Saves and loads virtual model instances as <c>.fml.rt</c> resources (FML.md §6.4; docs/persistence.md): a folder
/// <c>Name.fml.rt/</c> holding <c>Name.fml.rt.xml</c> and one sub-folder <c>Child.fml.rt/</c> per contained model
/// instance. Saving is atomic per file and rewrites nothing that did not change; loading is all or nothing.
/// </summary>
/// <example>
/// <code>
/// var folder = FmlRtStore.Save(vmi, "/data/project");              // "/data/project/Main.fml.rt"
/// var result = FmlRtStore.Load(folder, compilation, "http://example.org/rc");
/// if (result.Instance is { } loaded) { ... } else { foreach (var d in result.Diagnostics) Console.WriteLine(d); }
/// </code>
/// </example>
public static class FmlRtStore
{
    /// <summary>How deeply contained model instance folders are followed when loading.</summary>
    private const int MaxFolderDepth = 32;

    /// <summary>
    /// The XML of one model instance (without its contained model instances), exactly as <see cref="Save"/> writes it.
    /// </summary>
    /// <param name="instance">The model instance.</param>
    /// <returns>The XML text, LF line ends, ending with a line end.</returns>
    /// <exception cref="FmlPersistenceException">A value has no encoding in the format (FML4030).</exception>
    public static string Write(VirtualModelInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        CheckAlive(instance);
        return Encoding.UTF8.GetString(FmlRtWriter.Write(instance, instance.Name + FmlRtNames.XmlExtension));
    }

    /// <summary>
    /// Saves a model instance and its contained model instances under <paramref name="directory"/>, as
    /// <c>Name.fml.rt/Name.fml.rt.xml</c> and <c>Name.fml.rt/Child.fml.rt/Child.fml.rt.xml</c>. Every file is encoded
    /// before any is written, so a value that cannot be saved leaves every file as it was. Each file is replaced
    /// atomically, and only when its bytes change. Folders of contained model instances that no longer exist are removed.
    /// </summary>
    /// <param name="instance">The model instance.</param>
    /// <param name="directory">The folder that receives the <c>Name.fml.rt</c> folder.</param>
    /// <returns>The path of the <c>Name.fml.rt</c> folder.</returns>
    /// <exception cref="FmlPersistenceException">A value cannot be saved (FML4030) or a file cannot be written (FML4031).</exception>
    public static string Save(VirtualModelInstance instance, string directory)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(directory);
        CheckAlive(instance);
        var root = Path.Join(directory, instance.Name + FmlRtNames.Extension);
        var files = new List<(string Path, byte[] Content)>();
        var folders = new List<(string Folder, VirtualModelInstance Instance)>();
        Encode(instance, root, files, folders);
        foreach (var (path, content) in files)
        {
            AtomicFile.WriteIfChanged(path, content);
        }

        foreach (var (folder, owner) in folders)
        {
            RemoveStaleFolders(folder, owner);
        }

        return root;
    }

    /// <summary>
    /// Loads the model instance saved in the folder <paramref name="fmlRtDirectory"/> (<c>.../Name.fml.rt</c>) with its
    /// contained model instances. References to instances of other model instances are resolved by
    /// <paramref name="resolver"/>; use <see cref="LoadAll"/> for model instances that refer to each other.
    /// </summary>
    /// <param name="fmlRtDirectory">The <c>Name.fml.rt</c> folder.</param>
    /// <param name="compilation">The compilation that holds the models.</param>
    /// <param name="baseUri">The base URI giving <c>&lt;baseUri&gt;/Name.fml.rt</c> when the file has no <c>uri</c> attribute.</param>
    /// <param name="resolver">Finds an already loaded model instance by URI (null when unknown).</param>
    /// <returns>The loaded instance, or none and the errors.</returns>
    public static LoadResult Load(string fmlRtDirectory, Compilation compilation, string? baseUri = null, Func<string, VirtualModelInstance?>? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(fmlRtDirectory);
        return LoadAll([fmlRtDirectory], compilation, baseUri, resolver);
    }

    /// <summary>
    /// Loads several model instances together, so that they may refer to each other (references between them are
    /// resolved first, then through <paramref name="resolver"/>). All are loaded, or none.
    /// </summary>
    /// <param name="fmlRtDirectories">The <c>Name.fml.rt</c> folders.</param>
    /// <param name="compilation">The compilation that holds the models.</param>
    /// <param name="baseUri">The base URI for files that have no <c>uri</c> attribute.</param>
    /// <param name="resolver">Finds other model instances by URI (null when unknown).</param>
    /// <returns>The loaded instances in the order given, or none and the errors.</returns>
    public static LoadResult LoadAll(IEnumerable<string> fmlRtDirectories, Compilation compilation, string? baseUri = null, Func<string, VirtualModelInstance?>? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(fmlRtDirectories);
        ArgumentNullException.ThrowIfNull(compilation);
        var diagnostics = new List<PersistenceDiagnostic>();
        var parsed = new List<ParsedModelInstance>();
        foreach (var directory in fmlRtDirectories)
        {
            if (ReadFolder(directory, diagnostics, depth: 0) is { } file)
            {
                parsed.Add(file);
            }
        }

        return Finish(parsed, compilation, baseUri, resolver, diagnostics);
    }

    /// <summary>
    /// Loads one model instance from its XML text (no contained model instances). Its name is the <c>name</c>
    /// attribute, else the last segment of its <c>uri</c>, else <paramref name="fileName"/> without <c>.fml.rt.xml</c>.
    /// </summary>
    /// <param name="xml">The XML text.</param>
    /// <param name="compilation">The compilation that holds the models.</param>
    /// <param name="baseUri">The base URI for a text that has no <c>uri</c> attribute.</param>
    /// <param name="resolver">Finds other model instances by URI (null when unknown).</param>
    /// <param name="fileName">The name diagnostics give the text.</param>
    /// <returns>The loaded instance, or none and the errors.</returns>
    public static LoadResult Read(string xml, Compilation compilation, string? baseUri = null, Func<string, VirtualModelInstance?>? resolver = null, string fileName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(compilation);
        var diagnostics = new List<PersistenceDiagnostic>();
        using var reader = new StringReader(xml);
        var fileOnly = Path.GetFileName(fileName);
        var fallbackName = fileOnly.EndsWith(FmlRtNames.XmlExtension, StringComparison.Ordinal) && fileOnly.Length > FmlRtNames.XmlExtension.Length
            ? fileOnly[..^FmlRtNames.XmlExtension.Length]
            : null;
        var parsed = FmlRtParser.Parse(reader, fileName, fallbackName, diagnostics, fromText: true);
        return Finish(parsed is null ? [] : [parsed], compilation, baseUri, resolver, diagnostics);
    }

    /// <summary>
    /// A resolver over model instances already loaded: it finds each of them and (recursively) their contained model
    /// instances by URI.
    /// </summary>
    /// <param name="instances">The loaded model instances.</param>
    /// <returns>The resolver, for <see cref="Load"/>, <see cref="LoadAll"/> and <see cref="Read"/>.</returns>
    public static Func<string, VirtualModelInstance?> ResolverFor(IEnumerable<VirtualModelInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var known = instances.ToList();
        return uri => known.Where(i => !i.IsDeleted).Select(i => i.FindInstance(uri)).OfType<VirtualModelInstance>().FirstOrDefault();
    }

    private static LoadResult Finish(
        List<ParsedModelInstance> parsed, Compilation compilation, string? baseUri, Func<string, VirtualModelInstance?>? resolver, List<PersistenceDiagnostic> diagnostics)
    {
        IReadOnlyList<VirtualModelInstance> loaded = diagnostics.Any(d => d.IsError)
            ? []
            : InstanceLoader.Load(parsed, compilation, baseUri, resolver, diagnostics);
        return new LoadResult([.. loaded], [.. diagnostics]);
    }

    private static ParsedModelInstance? ReadFolder(string directory, List<PersistenceDiagnostic> diagnostics, int depth)
    {
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        if (!folderName.EndsWith(FmlRtNames.Extension, StringComparison.Ordinal) || folderName.Length == FmlRtNames.Extension.Length)
        {
            diagnostics.Add(PersistenceErrors.CannotRead(directory, $"'{folderName}' is not a model instance folder (its name must end with '{FmlRtNames.Extension}')."));
            return null;
        }

        var name = folderName[..^FmlRtNames.Extension.Length];
        var file = Path.Join(directory, folderName + ".xml");
        ParsedModelInstance? parsed;
        try
        {
            if (!Directory.Exists(directory))
            {
                diagnostics.Add(PersistenceErrors.CannotRead(directory, "no such folder."));
                return null;
            }

            if (!File.Exists(file))
            {
                diagnostics.Add(PersistenceErrors.CannotRead(directory, $"the folder has no '{folderName}.xml' file."));
                return null;
            }

            using var content = new MemoryStream(File.ReadAllBytes(file));
            parsed = FmlRtParser.Parse(content, file, name, diagnostics);
            if (parsed is null)
            {
                return null;
            }

            foreach (var child in Directory.EnumerateDirectories(directory, "*" + FmlRtNames.Extension).Order(StringComparer.Ordinal))
            {
                if (new DirectoryInfo(child).LinkTarget is not null)
                {
                    continue;
                }

                if (depth + 1 >= MaxFolderDepth)
                {
                    diagnostics.Add(PersistenceErrors.NestingTooDeep(XmlPosition.Start(child), MaxFolderDepth));
                    return null;
                }

                if (ReadFolder(child, diagnostics, depth + 1) is { } contained)
                {
                    parsed.Contained.Add(contained);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(PersistenceErrors.CannotRead(file, error.Message));
            return null;
        }

        return parsed;
    }

    private static void Encode(VirtualModelInstance instance, string folder, List<(string, byte[])> files, List<(string, VirtualModelInstance)> folders)
    {
        var path = Path.Join(folder, instance.Name + FmlRtNames.XmlExtension);
        files.Add((path, FmlRtWriter.Write(instance, path)));
        folders.Add((folder, instance));
        foreach (var contained in instance.ContainedModelInstances)
        {
            Encode(contained, Path.Join(folder, contained.Name + FmlRtNames.Extension), files, folders);
        }
    }

    /// <summary>Removes the folders of contained model instances that were saved once but no longer exist.</summary>
    private static void RemoveStaleFolders(string folder, VirtualModelInstance instance)
    {
        var current = instance.ContainedModelInstances.Select(c => c.Name + FmlRtNames.Extension).ToHashSet(StringComparer.Ordinal);
        try
        {
            foreach (var child in Directory.EnumerateDirectories(folder, "*" + FmlRtNames.Extension))
            {
                var name = Path.GetFileName(child);
                if (!current.Contains(name) && File.Exists(Path.Join(child, name + ".xml")) && new DirectoryInfo(child).LinkTarget is null)
                {
                    Directory.Delete(child, recursive: true);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new FmlPersistenceException(PersistenceErrors.CannotWrite(folder, error.Message), error);
        }
    }

    private static void CheckAlive(VirtualModelInstance instance)
    {
        if (instance.IsDeleted)
        {
            throw new ArgumentException($"The model instance {instance.Uri} has been deleted.", nameof(instance));
        }
    }
}
