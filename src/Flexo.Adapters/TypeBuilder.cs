namespace Flexo.Adapters;

/// <summary>Declares the members FML code may use on values of one CLR type registered as a technology type.</summary>
/// <typeparam name="T">The CLR type.</typeparam>
public sealed class TypeBuilder<T>
    where T : class
{
    internal TypeBuilder(string keyword) => Keyword = keyword;

    internal string Keyword { get; }

    internal List<MemberDefinition> Members { get; } = [];

    /// <summary>A property: <c>x.name</c>.</summary>
    /// <typeparam name="TResult">Its type.</typeparam>
    /// <param name="name">The FML name.</param>
    /// <param name="get">Reads it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Property<TResult>(string name, Func<T, TResult> get) =>
        Add(name, false, [], typeof(TResult), (r, _) => get((T)r));

    /// <summary>A method without parameters: <c>x.name()</c>.</summary>
    /// <typeparam name="TResult">Its result type.</typeparam>
    /// <param name="name">The FML name.</param>
    /// <param name="call">Runs it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Method<TResult>(string name, Func<T, TResult> call) =>
        Add(name, true, [], typeof(TResult), (r, _) => call((T)r));

    /// <summary>A method with one parameter: <c>x.name(a)</c>.</summary>
    /// <typeparam name="TA">The parameter type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">The FML name.</param>
    /// <param name="call">Runs it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Method<TA, TResult>(string name, Func<T, TA, TResult> call) =>
        Add(name, true, [typeof(TA)], typeof(TResult), (r, a) => call((T)r, (TA)a[0]!));

    /// <summary>A method with two parameters: <c>x.name(a, b)</c>.</summary>
    /// <typeparam name="TA">The first parameter type.</typeparam>
    /// <typeparam name="TB">The second parameter type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">The FML name.</param>
    /// <param name="call">Runs it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Method<TA, TB, TResult>(string name, Func<T, TA, TB, TResult> call) =>
        Add(name, true, [typeof(TA), typeof(TB)], typeof(TResult), (r, a) => call((T)r, (TA)a[0]!, (TB)a[1]!));

    /// <summary>A method without result and without parameters: <c>x.name();</c>.</summary>
    /// <param name="name">The FML name.</param>
    /// <param name="call">Runs it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Command(string name, Action<T> call) =>
        Add(name, true, [], typeof(void), (r, _) => { call((T)r); return null; });

    /// <summary>A method without result with one parameter: <c>x.name(a);</c>.</summary>
    /// <typeparam name="TA">The parameter type.</typeparam>
    /// <param name="name">The FML name.</param>
    /// <param name="call">Runs it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Command<TA>(string name, Action<T, TA> call) =>
        Add(name, true, [typeof(TA)], typeof(void), (r, a) => { call((T)r, (TA)a[0]!); return null; });

    /// <summary>A method without result with two parameters: <c>x.name(a, b);</c>.</summary>
    /// <typeparam name="TA">The first parameter type.</typeparam>
    /// <typeparam name="TB">The second parameter type.</typeparam>
    /// <param name="name">The FML name.</param>
    /// <param name="call">Runs it.</param>
    /// <returns>This builder.</returns>
    public TypeBuilder<T> Command<TA, TB>(string name, Action<T, TA, TB> call) =>
        Add(name, true, [typeof(TA), typeof(TB)], typeof(void), (r, a) => { call((T)r, (TA)a[0]!, (TB)a[1]!); return null; });

    private TypeBuilder<T> Add(string name, bool isMethod, Type[] parameters, Type result, Func<object, object?[], object?> invoke)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Members.Add(new MemberDefinition(name, isMethod, parameters, result, invoke));
        return this;
    }
}

/// <summary>A declared member: its FML name, whether it is a method, its CLR signature and how to run it.</summary>
internal sealed record MemberDefinition(string Name, bool IsMethod, Type[] Parameters, Type Result, Func<object, object?[], object?> Invoke);
