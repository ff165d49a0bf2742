using System.Globalization;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>Typed conversions emitted by compiled code (same rules and messages as <see cref="ValueConversions"/>).</summary>
internal static class Conversions
{
    public static int LongToInt(long value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new FmlRuntimeError($"value {value.ToString(CultureInfo.InvariantCulture)} does not fit in int");
}
