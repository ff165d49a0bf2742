namespace Flexo.Adapters.Excel;

/// <summary>
/// Converts between dates and Excel serial numbers. In the 1900 system, serial 1 is 1900-01-01 and serial 60 is the
/// fictitious 1900-02-29 that Excel keeps for compatibility (read here as 1900-02-28); from serial 61 on, day N is
/// 1899-12-30 plus N days. In the 1904 system, serial 0 is 1904-01-01. The fraction is the time of day.
/// </summary>
internal static class DateSerial
{
    private static readonly DateTime Base1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Base1900Early = new(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Base1904 = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The largest serial Excel accepts: 9999-12-31 23:59:59.999.</summary>
    private const double MaxSerial1900 = 2958466;

    /// <summary>Converts a serial to a date; false when the number is outside the dates Excel can show.</summary>
    public static bool TryToDate(double serial, bool date1904, out DateTime date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < 0 || serial >= (date1904 ? MaxSerial1900 - 1462 : MaxSerial1900))
        {
            return false;
        }

        // Round to the millisecond, as Excel shows times, so 0.5 is exactly noon.
        var milliseconds = Math.Round(serial * 86_400_000d);
        var days = Math.Floor(milliseconds / 86_400_000d);
        var rest = milliseconds - (days * 86_400_000d);
        var origin = date1904 ? Base1904 : days < 61 ? Base1900Early : Base1900;
        if (!date1904 && days == 60)
        {
            days = 59;
        }

        date = origin.AddDays(days).AddMilliseconds(rest);
        return true;
    }

    /// <summary>Converts a date to a serial; throws <see cref="ArgumentOutOfRangeException"/> before the system's origin.</summary>
    public static double ToSerial(DateTime date, bool date1904)
    {
        var unspecified = DateTime.SpecifyKind(date, DateTimeKind.Unspecified);
        double serial;
        if (date1904)
        {
            serial = (unspecified - Base1904).TotalDays;
        }
        else
        {
            serial = (unspecified - Base1900).TotalDays;
            if (serial < 61)
            {
                serial = (unspecified - Base1900Early).TotalDays;
            }
        }

        if (serial < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is before the origin of the workbook's date system.");
        }

        return serial;
    }

    /// <summary>True when the date can be written in the given system.</summary>
    public static bool CanWrite(DateTime date, bool date1904)
        => DateTime.SpecifyKind(date, DateTimeKind.Unspecified) >= (date1904 ? Base1904 : new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
}
