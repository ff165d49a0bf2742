using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Flexo.Persistence;

/// <summary>
/// Durations in the ISO-8601 form Java's <c>java.time.Duration</c> prints and parses: <c>PT8H6M12.345S</c>, <c>PT0S</c>,
/// <c>PT-1H-0.5S</c> (every non-zero part carries the sign). Days are counted in hours, as Java prints them.
/// </summary>
internal static partial class IsoDuration
{
    [GeneratedRegex(@"^([-+]?)P(?:([-+]?[0-9]+)D)?(?:T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?)([0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The text of a duration.</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var negative = value < TimeSpan.Zero;
        var ticks = (Int128)value.Ticks;
        if (negative)
        {
            ticks = -ticks;
        }

        var totalSeconds = ticks / TimeSpan.TicksPerSecond;
        var fraction = (long)(ticks % TimeSpan.TicksPerSecond);
        var hours = totalSeconds / 3600;
        var minutes = (long)(totalSeconds % 3600 / 60);
        var seconds = (long)(totalSeconds % 60);
        var sign = negative ? "-" : string.Empty;
        var text = new StringBuilder("PT");
        if (hours != 0)
        {
            text.Append(sign).Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            text.Append(sign).Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (seconds != 0 || fraction != 0)
        {
            text.Append(sign).Append(seconds.ToString(CultureInfo.InvariantCulture));
            if (fraction != 0)
            {
                text.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            text.Append('S');
        }

        return text.ToString();
    }

    /// <summary>Reads a duration; false with a reason when the text is not one, or does not fit a .NET duration.</summary>
    public static bool TryParse(string text, out TimeSpan value, out string reason)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success || text.EndsWith('T') || text.EndsWith('t') || match.Groups[2].Length + match.Groups[3].Length + match.Groups[4].Length + match.Groups[6].Length == 0)
        {
            reason = "a duration is written as ISO-8601, for example PT1H30M or PT0.5S";
            return false;
        }

        var fraction = match.Groups[7].Value.PadRight(9, '0');
        if (fraction[7..] != "00")
        {
            reason = "durations are kept to 100 nanoseconds";
            return false;
        }

        try
        {
            var ticks = checked(
                (Part(match.Groups[2].Value) * 86400 * TimeSpan.TicksPerSecond)
                + (Part(match.Groups[3].Value) * 3600 * TimeSpan.TicksPerSecond)
                + (Part(match.Groups[4].Value) * 60 * TimeSpan.TicksPerSecond));
            var seconds = checked((Part(match.Groups[6].Value) * TimeSpan.TicksPerSecond) + Int128.Parse(fraction[..7], CultureInfo.InvariantCulture));
            ticks = checked(ticks + (match.Groups[5].Value == "-" ? -seconds : seconds));
            if (match.Groups[1].Value == "-")
            {
                ticks = -ticks;
            }

            if (ticks < TimeSpan.MinValue.Ticks || ticks > TimeSpan.MaxValue.Ticks)
            {
                reason = "the duration is too long";
                return false;
            }

            value = new TimeSpan((long)ticks);
            reason = string.Empty;
            return true;
        }
        catch (OverflowException)
        {
            reason = "the duration is too long";
            return false;
        }
    }

    private static Int128 Part(string text) =>
        text.Length == 0 ? 0 : Int128.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
