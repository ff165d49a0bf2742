using System.Collections.Immutable;
using Flexo.Execution;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics;
using Flexo.Fml.Text;
using Flexo.Runtime;

namespace Flexo.Host.Scripts;

/// <summary>
/// Runs FML scripts (FML.md §8.5, docs/scripts.md) on a <see cref="FlexoHost"/>: variables by assignment, FML
/// expressions and actions, <c>assert</c>, <c>context</c>, and the directives that make sense for Flexo. Each command
/// is bound just before it runs, with the variables typed by their current values, so a variable may be reassigned
/// with a value of any type (D24). The first failure stops the script.
/// </summary>
public sealed partial class ScriptRunner
{
    private const int MaxExecuteDepth = 16;
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly List<string> _history = [];
    private int _depth;

    /// <summary>Creates a runner on a host, writing what scripts print to <paramref name="output"/>.</summary>
    /// <param name="host">The host (models, engine, instances).</param>
    /// <param name="output">Where values, <c>context</c>, listings and diagnostics are printed.</param>
    /// <param name="workingDirectory">The directory relative paths start from (default: the current one).</param>
    public ScriptRunner(FlexoHost host, TextWriter output, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(output);
        Host = host;
        Output = output;
        WorkingDirectory = Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>The host the script runs on (replaced when a directive adds a resource center).</summary>
    public FlexoHost Host { get; private set; }

    /// <summary>Where the script prints.</summary>
    public TextWriter Output { get; }

    /// <summary>Where warnings and the errors that follow the first one are printed (default: <see cref="Output"/>).</summary>
    public TextWriter Errors { get => _errors ?? Output; init => _errors = value; }

    private readonly TextWriter? _errors;

    /// <summary>The directory relative paths start from (<c>cd</c> changes it).</summary>
    public string WorkingDirectory { get; private set; }

    /// <summary>Print the value of every expression command (the interactive console does).</summary>
    public bool EchoValues { get; init; }

    /// <summary>The script variables and their current values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _variables;

    /// <summary>The instance <c>enter</c> made the context of later commands (<c>this</c>), if any.</summary>
    public ConceptInstance? Context { get; private set; }

    /// <summary>True once <c>exit</c> or <c>quit</c> ran.</summary>
    public bool Exited { get; private set; }

    /// <summary>Runs a script file.</summary>
    /// <param name="path">The <c>.fmlscript</c> file.</param>
    /// <returns>The outcome.</returns>
    public ScriptResult RunFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Resolve(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScriptResult(0, new ScriptFailure(ScriptRunErrors.CannotRead, $"cannot read the script: {e.Message}", path, 0, 0, []));
        }

        return Run(text, path);
    }

    /// <summary>Runs a script text; <paramref name="path"/> names it in messages.</summary>
    /// <param name="text">The script.</param>
    /// <param name="path">Its file name, for messages.</param>
    /// <returns>The outcome.</returns>
    public ScriptResult Run(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var script = ScriptSyntax.Parse(text, path);
        var errors = script.Diagnostics.Where(d => d.IsError).ToList();
        foreach (var diagnostic in script.Diagnostics)
        {
            if (errors.Count == 0 || !ReferenceEquals(diagnostic, errors[0]))
            {
                Errors.WriteLine(diagnostic.Format(script.Text));
            }
        }

        if (errors.Count > 0)
        {
            return new ScriptResult(0, Failure(script, errors[0]));
        }

        var run = 0;
        foreach (var command in script.Commands)
        {
            if (Exited)
            {
                break;
            }

            _history.Add(script.Text.ToString(command.Span).Trim());
            if (Execute(script, command) is { } failure)
            {
                return new ScriptResult(run, failure);
            }

            run++;
        }

        return new ScriptResult(run, null);
    }

    private ScriptFailure? Execute(ScriptSyntax script, ScriptCommand command)
    {
        try
        {
            return command switch
            {
                ScriptExpressionCommand expression => RunExpression(script, expression),
                ScriptAssertCommand assertion => RunAssert(script, assertion),
                ScriptContextCommand => PrintContext(),
                ScriptDirective directive => RunDirective(script, directive),
                _ => null,
            };
        }
        catch (FmlExecutionException e)
        {
            return new ScriptFailure(e.Code, e.Message, FileOf(script), command.Position.Line, command.Position.Column, e.FmlStack);
        }
        catch (HostException e)
        {
            return new ScriptFailure(e.Code, e.Message, FileOf(script), command.Position.Line, command.Position.Column, []);
        }
    }

    private ScriptFailure? RunExpression(ScriptSyntax script, ScriptExpressionCommand command)
    {
        var fragment = Host.Compilation.BindFragment(command.Expression, FragmentContext());
        if (Report(script, fragment) is { } failure)
        {
            return failure;
        }

        var value = Host.Engine.Evaluate(fragment, Context, _variables);
        if (EchoValues && command.AssignedVariable is null && fragment.Expression.Type is not PrimitiveType { Kind: PrimitiveKind.Void })
        {
            Output.WriteLine(ScriptValues.Show(value));
        }

        return null;
    }

    private ScriptFailure? RunAssert(ScriptSyntax script, ScriptAssertCommand command)
    {
        var fragment = Host.Compilation.BindCondition(command.Condition, FragmentContext());
        if (Report(script, fragment) is { } failure)
        {
            return failure;
        }

        if (Host.Engine.Evaluate(fragment, Context, _variables) is true)
        {
            return null;
        }

        var message = $"assertion failed: {command.Condition.ToString().Trim()}";
        if (command.Message is { } messageSyntax)
        {
            var text = Host.Compilation.BindFragment(messageSyntax, FragmentContext());
            if (!text.HasErrors)
            {
                message += ": " + ScriptValues.Show(Host.Engine.Evaluate(text, Context, _variables));
            }
        }

        return new ScriptFailure(ScriptRunErrors.AssertionFailed, message, FileOf(script), command.Position.Line, command.Position.Column, []);
    }

    private ScriptFailure? PrintContext()
    {
        if (Context is not null)
        {
            Output.WriteLine($"this = {ScriptValues.Show(Context)}");
        }

        foreach (var (name, value) in _variables)
        {
            Output.WriteLine($"{name} = {ScriptValues.Show(value)}");
        }

        return null;
    }

    private FragmentContext FragmentContext() =>
        new(Context?.Concept, _variables.Select(v => new FragmentVariable(v.Key, ScriptValues.TypeOf(v.Value))));

    /// <summary>Prints a fragment's diagnostics to <see cref="Errors"/>, except the first error, which is the failure.</summary>
    private ScriptFailure? Report(ScriptSyntax script, BoundFragment fragment)
    {
        var first = fragment.Diagnostics.FirstOrDefault(d => d.IsError);
        foreach (var diagnostic in fragment.Diagnostics)
        {
            if (!ReferenceEquals(diagnostic, first))
            {
                Errors.WriteLine(diagnostic.Format(script.Text));
            }
        }

        return first is null ? null : Failure(script, first);
    }

    private static ScriptFailure Failure(ScriptSyntax script, Diagnostic diagnostic)
    {
        var position = script.Text.GetLinePosition(diagnostic.Span.Start);
        return new ScriptFailure(diagnostic.Code, diagnostic.Message, FileOf(script), position.Line, position.Column, []);
    }

    private static string FileOf(ScriptSyntax script) => script.Text.Path ?? "<script>";

    private string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    private ScriptFailure DirectiveFailure(ScriptSyntax script, ScriptCommand command, string code, string message) =>
        new(code, message, FileOf(script), command.Position.Line, command.Position.Column, ImmutableArray<FmlStackFrame>.Empty);

    private static LinePosition PositionOf(ScriptCommand command) => command.Position;
}
