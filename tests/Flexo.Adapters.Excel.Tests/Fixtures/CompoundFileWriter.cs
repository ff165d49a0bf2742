using System.Buffers.Binary;
using System.Text;

namespace Flexo.Adapters.Excel.Tests.Fixtures;

/// <summary>
/// Writes a minimal compound binary file (the container of .xls files and of encrypted Office files): a header, one
/// allocation-table sector and one directory sector with a root entry and empty streams of the given names.
/// </summary>
internal static class CompoundFileWriter
{
    public static byte[] Write(params string[] streamNames)
    {
        const int SectorSize = 512;
        var bytes = new byte[SectorSize * 3];
        var header = bytes.AsSpan(0, SectorSize);
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], 0xFFFFFFFE);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (i * 4))..], i == 0 ? 0u : 0xFFFFFFFF);
        }

        var fat = bytes.AsSpan(SectorSize, SectorSize);
        for (var i = 0; i < SectorSize / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], i switch { 0 => 0xFFFFFFFD, 1 => 0xFFFFFFFE, _ => 0xFFFFFFFF });
        }

        var directory = bytes.AsSpan(SectorSize * 2, SectorSize);
        string[] names = ["Root Entry", .. streamNames];
        for (var i = 0; i < names.Length && i < 4; i++)
        {
            var entry = directory.Slice(i * 128, 128);
            var name = Encoding.Unicode.GetBytes(names[i]);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(name.Length + 2));
            entry[0x42] = (byte)(i == 0 ? 5 : 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], i + 1 < names.Length && i > 0 ? (uint)(i + 1) : 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], i == 0 && names.Length > 1 ? 1u : 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], 0xFFFFFFFE);
        }

        return bytes;
    }
}
