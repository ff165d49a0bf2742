using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;

namespace Flexo.Execution;

/// <summary>
/// Lowers bound trees (the checker's output) to LINQ expression trees compiled to delegates. Locals and parameters of
/// primitive types live in typed CLR variables and arithmetic on them is emitted directly; everything else goes through
/// the value layer (<c>Flexo.Runtime.Values</c>) and the helpers of <see cref="Rt"/>. No name is looked up by string at
/// run time: every property, behaviour and concept is a constant of the tree.
/// </summary>
internal sealed partial class CodeCompiler
{
    private readonly ParameterExpression _inv = Expression.Parameter(typeof(Invocation), "inv");
    private readonly ParameterExpression _ctx = Expression.Variable(typeof(ExecutionContext), "ctx");
    private readonly ParameterExpression _result = Expression.Variable(typeof(object), "result");
    private readonly LabelTarget _end = Expression.Label("end");
    private readonly Dictionary<Symbol, ParameterExpression> _variables = [];

    /// <summary>Required parameters the body never assigns: their boxed value is read from the arguments, not boxed again.</summary>
    private readonly Dictionary<ParameterSymbol, int> _passThrough = [];
    private readonly Stack<(LabelTarget Break, LabelTarget Continue)> _loops = new();
    private readonly CompiledCode _code;
    private readonly FmlType _returnType;
    private readonly BehaviourSymbol? _deletionScheme;

    private CodeCompiler(CompiledCode code, FmlType returnType, BehaviourSymbol? deletionScheme)
    {
        _code = code;
        _returnType = returnType;
        _deletionScheme = deletionScheme;
    }

    /// <summary>Compiles a behaviour: arguments bound (defaults evaluated in the callee's scope), body run, implicit sets finished.</summary>
    public static CompiledCode CompileBehaviour(BehaviourSymbol behaviour)
    {
        var code = new CompiledCode(Describe(behaviour), behaviour.Source, behaviour.Declaration);
        var compiler = new CodeCompiler(code, behaviour.ReturnType, behaviour.Kind == BehaviourKind.Deletion ? behaviour : null);
        var prologue = new List<Expression>();
        for (var i = 0; i < behaviour.Parameters.Length; i++)
        {
            var parameter = behaviour.Parameters[i];
            var variable = compiler.Variable(parameter, parameter.Type);
            var argument = Expression.ArrayIndex(Expression.Field(compiler._inv, nameof(Invocation.Arguments)), Expression.Constant(i));
            Expression supplied = compiler.Unbox(argument, parameter.Type, variable.Type);
            var defaultValue = i < behaviour.ParameterDefaults.Length ? behaviour.ParameterDefaults[i] : null;
            Expression value = defaultValue is null
                ? supplied
                : Expression.Condition(
                    Expression.LessThan(Expression.Constant(i), Expression.ArrayLength(Expression.Field(compiler._inv, nameof(Invocation.Arguments)))),
                    supplied,
                    compiler.ConvertForStore(compiler.Compile(defaultValue), parameter.Type, variable.Type));
            prologue.Add(Expression.Assign(variable, value));
            if (parameter.IsRequired && variable.Type == typeof(object))
            {
                prologue.Add(Expression.Call(Rt.Method(nameof(Rt.CheckRequired)), compiler._inv, variable, Expression.Constant(parameter.Name)));
            }
        }

        if (behaviour.Kind == BehaviourKind.Listener)
        {
            compiler.BindEvent(behaviour, prologue);
        }

        if (behaviour.Body is not null)
        {
            var assigned = BoundWalker.Nodes(behaviour.Body)
                .Select(n => n switch
                {
                    BoundAssignment { Target: BoundParameter p } => p.Parameter,
                    BoundUnary { Operator: Fml.Syntax.SyntaxKind.PlusPlusToken or Fml.Syntax.SyntaxKind.MinusMinusToken, Operand: BoundParameter p } => p.Parameter,
                    _ => null,
                })
                .OfType<ParameterSymbol>()
                .ToHashSet();
            for (var i = 0; i < behaviour.Parameters.Length; i++)
            {
                var parameter = behaviour.Parameters[i];
                var hasDefault = i < behaviour.ParameterDefaults.Length && behaviour.ParameterDefaults[i] is not null;
                if (!hasDefault && !assigned.Contains(parameter))
                {
                    compiler._passThrough[parameter] = i;
                }
            }
        }

        var body = behaviour.Body is null
            ? (Expression)Expression.Call(Rt.Method(nameof(Rt.NoBody)), compiler._inv)
            : compiler.Statement(behaviour.Body);
        code.Run = compiler.Finish(prologue, body, finishSets: true);
        return code;
    }

    /// <summary>Compiles an expression evaluated on an instance (expression property, initializer, listened source).</summary>
    public static CompiledCode CompileExpression(string name, Symbol owner, BoundExpression expression, FmlType type)
    {
        var code = new CompiledCode(name, owner.Source, expression.Syntax);
        var compiler = new CodeCompiler(code, type, null);
        var body = Expression.Assign(compiler._result, Box(compiler.Compile(expression)));
        code.Run = compiler.Finish([], body, finishSets: false);
        return code;
    }

    /// <summary>Compiles a getter (a block returning the value).</summary>
    public static CompiledCode CompileBlock(string name, Symbol owner, BoundBlock block, FmlType returnType, LocalSymbol? argument)
    {
        var code = new CompiledCode(name, owner.Source, block.Syntax);
        var compiler = new CodeCompiler(code, returnType, null);
        var prologue = new List<Expression>();
        if (argument is not null)
        {
            var variable = compiler.Variable(argument, argument.Type);
            var value = Expression.ArrayIndex(Expression.Field(compiler._inv, nameof(Invocation.Arguments)), Expression.Constant(0));
            prologue.Add(Expression.Assign(variable, compiler.Unbox(value, argument.Type, variable.Type)));
        }

        code.Run = compiler.Finish(prologue, compiler.Statement(block), finishSets: true);
        return code;
    }

    /// <summary>
    /// Compiles a fragment (script command, host expression) whose free variables are given: their values are the
    /// invocation's arguments, in order, and are written back there when the fragment assigns them.
    /// </summary>
    public static CompiledCode CompileFragment(string name, BoundNode fragment, ImmutableArray<LocalSymbol> variables)
    {
        var code = new CompiledCode(name, null, fragment.Syntax);
        var compiler = new CodeCompiler(code, ClassType.Object, null);
        var prologue = new List<Expression>();
        var epilogue = new List<Expression>();
        var arguments = Expression.Field(compiler._inv, nameof(Invocation.Arguments));
        for (var i = 0; i < variables.Length; i++)
        {
            // Script variables are untyped slots: keep them as objects so that a later command may store any value.
            var variable = Expression.Variable(typeof(object), variables[i].Name);
            compiler._variables[variables[i]] = variable;
            compiler._untyped.Add(variable);
            prologue.Add(Expression.Assign(variable, Expression.ArrayIndex(arguments, Expression.Constant(i))));
            epilogue.Add(Expression.Assign(Expression.ArrayAccess(arguments, Expression.Constant(i)), variable));
        }

        Expression body = fragment switch
        {
            BoundExpression expression => Expression.Assign(compiler._result, Box(compiler.Compile(expression))),
            BoundStatement statement => compiler.Statement(statement),
            _ => throw new ArgumentException("unsupported fragment", nameof(fragment)),
        };
        var withWriteBack = Expression.TryFinally(body, epilogue.Count == 0 ? Expression.Empty() : Expression.Block(epilogue));
        code.Run = compiler.Finish(prologue, withWriteBack, finishSets: true);
        return code;
    }

    internal static string Describe(BehaviourSymbol behaviour) => behaviour.Kind switch
    {
        BehaviourKind.Creation => $"{behaviour.Owner.Name}.create{(behaviour.IsAnonymous ? "" : "::" + behaviour.Name)}({Parameters(behaviour)})",
        BehaviourKind.Deletion => $"{behaviour.Owner.Name}.delete{(behaviour.IsAnonymous ? "" : "::" + behaviour.Name)}({Parameters(behaviour)})",
        BehaviourKind.Listener => $"{behaviour.Owner.Name}.listen {behaviour.ListenedEvent?.DisplayName}",
        _ => $"{behaviour.Owner.Name}.{behaviour.Name}({Parameters(behaviour)})",
    };

    private static string Parameters(BehaviourSymbol behaviour) => string.Join(", ", behaviour.Parameters.Select(p => p.Name));

    private Func<Invocation, object?> Finish(List<Expression> prologue, Expression body, bool finishSets)
    {
        var block = new List<Expression>
        {
            Expression.Assign(_ctx, Expression.Field(_inv, nameof(Invocation.Context))),
        };
        block.AddRange(prologue);
        block.Add(body);
        block.Add(Expression.Label(_end));
        if (finishSets)
        {
            block.Add(Expression.Call(Rt.Method(nameof(Rt.FinishImplicitSets)), _inv));
        }

        block.Add(_result);
        var variables = new List<ParameterExpression> { _ctx, _result };
        variables.AddRange(_variables.Values.Distinct());
        var lambda = Expression.Lambda<Func<Invocation, object?>>(Expression.Block(typeof(object), variables, block), _code.Name, [_inv]);
        return lambda.Compile();
    }

    /// <summary>Binds the <c>evt</c> local of a listener (the binder's implicit variable) to the fired event.</summary>
    private void BindEvent(BehaviourSymbol listener, List<Expression> prologue)
    {
        if (listener.Body is null)
        {
            return;
        }

        foreach (var local in BoundWalker.Locals(listener.Body).Where(l => l.Name == "evt" && ReferenceEquals(l.Declaration, listener.Declaration)).Distinct())
        {
            var variable = Variable(local, local.Type);
            var value = Expression.Property(_inv, nameof(Invocation.Event));
            prologue.Add(Expression.Assign(variable, Unbox(value, local.Type, variable.Type)));
        }
    }

    /// <summary>The CLR variable of a local or parameter; primitives get a typed variable.</summary>
    private ParameterExpression Variable(Symbol symbol, FmlType type)
    {
        if (!_variables.TryGetValue(symbol, out var variable))
        {
            variable = Expression.Variable(Typing.ClrType(type), symbol.Name);
            _variables[symbol] = variable;
        }

        return variable;
    }

    /// <summary>Records the statement about to run (for stack traces).</summary>
    private Expression Mark(SyntaxNode node) =>
        Expression.Assign(Expression.Field(_inv, nameof(Invocation.Position)), Expression.Constant(_code.AddPosition(node)));

    /// <summary>
    /// A loop over the elements of an array (evaluated once): one step counted per element, then
    /// <paramref name="body"/> with the element; <paramref name="breakLabel"/> ends the loop.
    /// </summary>
    private Expression EachElement(Expression array, LabelTarget breakLabel, Func<Expression, Expression> body)
    {
        var items = Expression.Variable(array.Type, "items");
        var index = Expression.Variable(typeof(int), "i");
        return Expression.Block(
            typeof(void),
            [items, index],
            Expression.Assign(items, array),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.Block(
                    typeof(void),
                    Expression.IfThen(Expression.GreaterThanOrEqual(index, Expression.ArrayLength(items)), Expression.Break(breakLabel)),
                    Step(),
                    body(Expression.ArrayIndex(items, index)),
                    Expression.PostIncrementAssign(index)),
                breakLabel));
    }

    /// <summary>Counts one step; checks the budgets when the checkpoint is reached.</summary>
    private Expression Step()
    {
        var steps = Expression.Field(_ctx, nameof(ExecutionContext.Steps));
        return Expression.IfThen(
            Expression.GreaterThanOrEqual(Expression.PreIncrementAssign(steps), Expression.Field(_ctx, nameof(ExecutionContext.Checkpoint))),
            Expression.Call(_ctx, typeof(ExecutionContext).GetMethod(nameof(ExecutionContext.CheckBudget))!));
    }

    private static MethodInfo MethodOf(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"missing method {type.Name}.{name}");
}
