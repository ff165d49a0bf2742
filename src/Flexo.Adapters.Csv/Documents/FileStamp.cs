namespace Flexo.Adapters.Csv.Documents;

/// <summary>What a file looked like when it was loaded or saved, to notice changes made by others before saving.</summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of the file now (of its target, for a symbolic link), or <see langword="null"/> when it is gone.</summary>
    public static FileStamp? Of(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }

        return info is FileInfo { Exists: true } file ? new FileStamp(file.Length, file.LastWriteTimeUtc) : null;
    }
}
