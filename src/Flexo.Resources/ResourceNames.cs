namespace Flexo.Resources;

/// <summary>The naming rules of Openflexo's resource layout (FML.md §6.2).</summary>
public static class ResourceNames
{
    /// <summary>The extension of FML sources and model folders.</summary>
    public const string FmlExtension = ".fml";

    /// <summary>The extension of model instance folders.</summary>
    public const string InstanceExtension = ".fml.rt";

    /// <summary>The marker file, relative to a resource center root; its content is the center's base URI.</summary>
    public const string MarkerFile = "META-INF/resourceCenters/org.openflexo.foundation.resource.FlexoResourceCenter";

    /// <summary>True for a file name ending in <c>.fml</c> (any letter case).</summary>
    public static bool IsFmlFileName(string name) => name.EndsWith(FmlExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a folder name <c>X.fml</c> (any letter case, <c>X</c> not empty): a model resource folder.</summary>
    public static bool IsModelFolderName(string name) =>
        name.Length > FmlExtension.Length && name.EndsWith(FmlExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a folder name <c>X.fml.rt</c> (any letter case, <c>X</c> not empty): a model instance folder.</summary>
    public static bool IsInstanceFolderName(string name) =>
        name.Length > InstanceExtension.Length && name.EndsWith(InstanceExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a folder that is part of a resource: a model folder or an instance folder.</summary>
    public static bool IsResourceFolderName(string name) => IsModelFolderName(name) || IsInstanceFolderName(name);

    /// <summary>The model name of a <c>X.fml</c> file or folder: <c>X</c>.</summary>
    public static string ModelName(string name) =>
        IsFmlFileName(name) ? name[..^FmlExtension.Length] : name;

    /// <summary>The data file inside an instance folder <c>X.fml.rt</c>: <c>X.fml.rt.xml</c>.</summary>
    public static string InstanceDataFileName(string folderName) => folderName + ".xml";
}
