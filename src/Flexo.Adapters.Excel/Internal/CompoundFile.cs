using System.Buffers.Binary;
using System.Text;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Just enough of the compound file binary format (the container of legacy .xls files and of encrypted Office files)
/// to list the names of its directory entries. Never throws: a damaged container gives the names it could read.
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint LastRegularSector = 0xFFFFFFFA;

    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.Length >= 8 && bytes[..8].SequenceEqual(Signature);

    /// <summary>The names of the entries of the container's directory.</summary>
    public static IReadOnlyList<string> EntryNames(byte[] bytes)
    {
        var names = new List<string>();
        if (!HasSignature(bytes) || bytes.Length < 512)
        {
            return names;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        if (sectorShift is not (9 or 12))
        {
            return names;
        }

        var sectorSize = 1 << sectorShift;
        var fat = ReadFat(bytes, sectorSize);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x30));
        var visited = 0;
        while (sector < LastRegularSector && visited++ <= fat.Count)
        {
            var offset = ((long)sector + 1) * sectorSize;
            if (offset + sectorSize > bytes.Length)
            {
                break;
            }

            for (var entry = 0; entry < sectorSize; entry += 128)
            {
                var span = bytes.AsSpan((int)offset + entry, 128);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(span[0x40..]);
                var type = span[0x42];
                if (type != 0 && nameBytes is >= 2 and <= 64)
                {
                    names.Add(Encoding.Unicode.GetString(span[..(nameBytes - 2)]));
                }
            }

            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }

        return names;
    }

    private static List<uint> ReadFat(byte[] bytes, int sectorSize)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var sector = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x4C + (i * 4)));
            if (sector < LastRegularSector)
            {
                fatSectors.Add(sector);
            }
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x44));
        var guard = 0;
        while (difat < LastRegularSector && guard++ < 10_000)
        {
            var offset = ((long)difat + 1) * sectorSize;
            if (offset + sectorSize > bytes.Length)
            {
                break;
            }

            for (var i = 0; i < (sectorSize / 4) - 1; i++)
            {
                var sector = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + (i * 4)));
                if (sector < LastRegularSector)
                {
                    fatSectors.Add(sector);
                }
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + sectorSize - 4));
        }

        var fat = new List<uint>();
        foreach (var sector in fatSectors)
        {
            var offset = ((long)sector + 1) * sectorSize;
            if (offset + sectorSize > bytes.Length)
            {
                continue;
            }

            for (var i = 0; i < sectorSize; i += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + i)));
            }
        }

        return fat;
    }
}
