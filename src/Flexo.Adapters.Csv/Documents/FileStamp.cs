namespace Flexo.Adapters.Csv.Documents;

/// <summary>What a file looked like when it was loaded or saved, to notice changes made by others before saving.</summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of the file now, or <see langword="null"/> when it is gone.</summary>
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
