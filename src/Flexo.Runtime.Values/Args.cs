using System.Collections;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values;

/// <summary>The arguments of a Java member call, converted to the parameter types with run-time checks.</summary>
internal sealed class Args(string id, IReadOnlyList<object?> values)
{
    public object? this[int index] => index < values.Count
        ? values[index]
        : throw new FmlRuntimeError($"{id}: missing argument {index + 1}");

    public int Count => values.Count;

    public IReadOnlyList<object?> Rest(int from) => values.Skip(from).ToList();

    public int Int(int index) => (int)Convert(index, PrimitiveType.Int)!;

    public long Long(int index) => (long)Convert(index, PrimitiveType.Long)!;

    public double Double(int index) => (double)Convert(index, PrimitiveType.Double)!;

    public float Float(int index) => (float)Convert(index, PrimitiveType.Float)!;

    public char Char(int index) => (char)Convert(index, PrimitiveType.Char)!;

    public bool Bool(int index) => (bool)Convert(index, PrimitiveType.Boolean)!;

    public string NonNullString(int index) => this[index] switch
    {
        string s => s,
        null => throw new FmlRuntimeError($"{id}: null argument (NullPointerException)"),
        System.Text.StringBuilder b => b.ToString(),
        char c => c.ToString(),
        var other => throw new FmlRuntimeError($"{id}: {Numbers.Describe(other)} is not a String"),
    };

    public string? String(int index) => this[index] is null ? null : NonNullString(index);

    public IEnumerable<object?> Enumerable(int index) => this[index] switch
    {
        null => throw new FmlRuntimeError($"{id}: null argument (NullPointerException)"),
        string s => throw new FmlRuntimeError($"{id}: {Numbers.Describe(s)} is not a collection"),
        IDictionary d => throw new FmlRuntimeError($"{id}: {Numbers.Describe(d)} is not a collection"),
        FmlStream stream => stream.Items,
        IEnumerable e => e.Cast<object?>(),
        var other => throw new FmlRuntimeError($"{id}: {Numbers.Describe(other)} is not a collection"),
    };

    public IDictionary<object, object?> Map(int index) => this[index] switch
    {
        IDictionary<object, object?> d => d,
        null => throw new FmlRuntimeError($"{id}: null argument (NullPointerException)"),
        var other => throw new FmlRuntimeError($"{id}: {Numbers.Describe(other)} is not a map"),
    };

    private object? Convert(int index, FmlType type)
    {
        object? value = this[index];
        try
        {
            return ValueConversions.ToDeclaredType(value, type);
        }
        catch (FmlRuntimeError e)
        {
            throw new FmlRuntimeError($"{id}: argument {index + 1}: {e.Message}", e);
        }
    }
}
