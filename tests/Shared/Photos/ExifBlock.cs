using System.Buffers.Binary;
using System.Text;

namespace Progeny.Sdk.TestShared;

/// <summary>
/// Writes an EXIF block (TIFF structure) as a phone does: make, model, timestamp, orientation, an EXIF directory with
/// the original timestamp and the body's serial number, and a GPS directory. Every text value is a canary, searched for
/// in prepared images.
/// </summary>
internal static class ExifBlock
{
    public const string Make = "CANARY-MAKE Phone";
    public const string Model = "CANARY-MODEL X1";
    public const string Timestamp = "2026:01:02 03:04:05";
    public const string SerialNumber = "CANARY-SERIAL-7731";

    /// <summary>The GPS latitude written, 52° 22' 12.34" N, as its three big-endian RATIONALs: a byte canary.</summary>
    public static readonly byte[] LatitudeBigEndian = Rationals(littleEndian: false, (52, 1), (22, 1), (1234, 100));

    /// <summary>The same latitude as little-endian RATIONALs.</summary>
    public static readonly byte[] LatitudeLittleEndian = Rationals(littleEndian: true, (52, 1), (22, 1), (1234, 100));

    private const ushort Ascii = 2;
    private const ushort Short = 3;
    private const ushort Long = 4;
    private const ushort Rational = 5;

    /// <summary>Writes the TIFF structure (what a PNG <c>eXIf</c> chunk holds; an APP1 segment adds the <c>Exif\0\0</c> signature).</summary>
    /// <param name="orientation">The Orientation tag's value (1-8), or null to leave the tag out.</param>
    /// <param name="littleEndian">Intel (<c>II</c>) byte order rather than Motorola (<c>MM</c>).</param>
    /// <param name="orientationAsLong">Store the tag as LONG, as some writers do (Skia's reader ignores it).</param>
    public static byte[] Tiff(int? orientation, bool littleEndian = false, bool orientationAsLong = false)
    {
        var ifd0 = new List<Entry>
        {
            Text(0x010F, Make),
            Text(0x0110, Model),
            Text(0x0132, Timestamp),
        };
        if (orientation is { } value)
        {
            ifd0.Add(orientationAsLong ? new Entry(0x0112, Long, 1, U32((uint)value, littleEndian)) : new Entry(0x0112, Short, 1, U16((ushort)value, littleEndian)));
        }

        var exif = new List<Entry> { Text(0x9003, Timestamp), Text(0xA431, SerialNumber) };
        var gps = new List<Entry>
        {
            new(0x0000, 1, 4, [2, 3, 0, 0]), // GPSVersionID, BYTE x4
            Text(0x0001, "N"),
            new(0x0002, Rational, 3, littleEndian ? LatitudeLittleEndian : LatitudeBigEndian),
            Text(0x0003, "E"),
            new(0x0004, Rational, 3, Rationals(littleEndian, (4, 1), (53, 1), (5678, 100))),
        };

        // Layout: header, IFD0, EXIF IFD, GPS IFD, then the values that do not fit in 4 bytes.
        const int header = 8;
        int ifd0Size = DirectorySize(ifd0.Count + 2), exifSize = DirectorySize(exif.Count), gpsSize = DirectorySize(gps.Count);
        int exifOffset = header + ifd0Size, gpsOffset = exifOffset + exifSize, dataOffset = gpsOffset + gpsSize;
        ifd0.Add(new Entry(0x8769, Long, 1, U32((uint)exifOffset, littleEndian)));
        ifd0.Add(new Entry(0x8825, Long, 1, U32((uint)gpsOffset, littleEndian)));
        ifd0.Sort((a, b) => a.Tag.CompareTo(b.Tag));

        var data = new List<byte>();
        var tiff = new List<byte>();
        tiff.AddRange(littleEndian ? "II"u8.ToArray() : "MM"u8.ToArray());
        tiff.AddRange(U16(42, littleEndian));
        tiff.AddRange(U32(header, littleEndian));
        foreach (var directory in new[] { ifd0, exif, gps })
        {
            tiff.AddRange(U16((ushort)directory.Count, littleEndian));
            foreach (var entry in directory)
            {
                tiff.AddRange(U16(entry.Tag, littleEndian));
                tiff.AddRange(U16(entry.Type, littleEndian));
                tiff.AddRange(U32(entry.Count, littleEndian));
                if (entry.Value.Length <= 4)
                {
                    tiff.AddRange(entry.Value);
                    tiff.AddRange(new byte[4 - entry.Value.Length]);
                }
                else
                {
                    tiff.AddRange(U32((uint)(dataOffset + data.Count), littleEndian));
                    data.AddRange(entry.Value);
                    if (data.Count % 2 == 1)
                    {
                        data.Add(0);
                    }
                }
            }

            tiff.AddRange(U32(0, littleEndian)); // no next directory
        }

        tiff.AddRange(data);
        return [.. tiff];

        Entry Text(ushort tag, string text) => new(tag, Ascii, (uint)text.Length + 1, [.. Encoding.ASCII.GetBytes(text), 0]);
    }

    /// <summary>The APP1 payload: the <c>Exif\0\0</c> signature and the TIFF structure.</summary>
    public static byte[] App1Payload(int? orientation, bool littleEndian = false, bool orientationAsLong = false) =>
        [.. "Exif\0\0"u8, .. Tiff(orientation, littleEndian, orientationAsLong)];

    private static int DirectorySize(int entries) => 2 + entries * 12 + 4;

    private static byte[] U16(ushort value, bool littleEndian)
    {
        var bytes = new byte[2];
        if (littleEndian)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        }

        return bytes;
    }

    private static byte[] U32(uint value, bool littleEndian)
    {
        var bytes = new byte[4];
        if (littleEndian)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        }

        return bytes;
    }

    private static byte[] Rationals(bool littleEndian, params (uint Numerator, uint Denominator)[] values) =>
        [.. values.SelectMany(value => U32(value.Numerator, littleEndian).Concat(U32(value.Denominator, littleEndian)))];

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);
}
