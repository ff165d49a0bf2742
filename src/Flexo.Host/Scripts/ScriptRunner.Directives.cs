using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Host.Scripts;

public sealed partial class ScriptRunner
{
    private ScriptFailure? RunDirective(ScriptSyntax script, ScriptDirective directive)
    {
        var arguments = directive.Arguments;
        switch (directive.Kind)
        {
            case ScriptDirectiveKind.Help:
                Output.WriteLine(HelpText);
                return null;
            case ScriptDirectiveKind.History:
                for (var i = 0; i < _history.Count; i++)
                {
                    Output.WriteLine($"{i + 1,4}  {_history[i]}");
                }

                return null;
            case ScriptDirectiveKind.Pwd:
                Output.WriteLine(WorkingDirectory);
                return null;
            case ScriptDirectiveKind.Ls:
                {
                    var folder = arguments.Length > 0 ? Resolve(arguments[0].Value) : WorkingDirectory;
                    if (!Directory.Exists(folder))
                    {
                        return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"no such folder: '{folder}'");
                    }

                    foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
                    {
                        Output.WriteLine(Path.GetFileName(entry) + (Directory.Exists(entry) ? "/" : ""));
                    }

                    return null;
                }

            case ScriptDirectiveKind.Cd:
                {
                    var folder = Resolve(arguments[0].Value);
                    if (!Directory.Exists(folder))
                    {
                        return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"no such folder: '{folder}'");
                    }

                    WorkingDirectory = folder;
                    return null;
                }

            case ScriptDirectiveKind.Execute:
                {
                    if (_depth >= MaxExecuteDepth)
                    {
                        return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"'execute' nested more than {MaxExecuteDepth} levels deep");
                    }

                    _depth++;
                    try
                    {
                        return RunFile(arguments[0].Value).Failure;
                    }
                    finally
                    {
                        _depth--;
                    }
                }

            case ScriptDirectiveKind.Services:
                Output.WriteLine("ResourceCenterService: " + string.Join(", ", Host.Workspace.ResourceCenters.Select(c => c.BaseUri)));
                Output.WriteLine("ResourceManager: " + Host.Models.Count + " model(s), " + Host.LoadedInstances.Count + " instance(s) loaded");
                Output.WriteLine("TechnologyAdapterService: FML, FML@RT");
                return null;
            case ScriptDirectiveKind.Service:
                return RunService(script, directive);
            case ScriptDirectiveKind.Activate:
                Output.WriteLine("technology adapters are always active in Flexo");
                return null;
            case ScriptDirectiveKind.Resources:
                foreach (var model in Host.Models)
                {
                    Output.WriteLine($"model     {model.Uri}");
                }

                foreach (var instance in Host.Workspace.Instances)
                {
                    Output.WriteLine($"instance  {instance.Instance.Uri}");
                }

                return null;
            case ScriptDirectiveKind.Load:
                return Load(script, directive);
            case ScriptDirectiveKind.Open:
                return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveUnsupported,
                    "Flexo has no projects: give resource centers with --rc, or 'service ResourceCenterService add_rc -d <folder>'");
            case ScriptDirectiveKind.More:
                return More(script, directive);
            case ScriptDirectiveKind.Enter:
                return Enter(script, directive);
            case ScriptDirectiveKind.Save:
                return Save(script, directive);
            case ScriptDirectiveKind.Exit or ScriptDirectiveKind.Quit:
                Exited = true;
                return null;
            default:
                return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveUnsupported, $"'{directive.Kind}' is not supported");
        }
    }

    private ScriptFailure? RunService(ScriptSyntax script, ScriptDirective directive)
    {
        var words = directive.Arguments.Select(a => a.Value).ToList();
        switch (words)
        {
            case ["ResourceCenterService", "add_temp_rc", ..]:
                Output.WriteLine($"temporary resource center: new model instances are created under {Host.Engine.Options.InstanceBaseUri}");
                return null;
            case ["ResourceCenterService", "add_rc", ..]:
                {
                    var folder = words.Skip(2).FirstOrDefault(w => !w.StartsWith('-'));
                    if (folder is null)
                    {
                        return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, "'add_rc' needs a folder: service ResourceCenterService add_rc -d <folder>");
                    }

                    var full = Resolve(folder);
                    if (!Directory.Exists(full))
                    {
                        return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"no such folder: '{full}'");
                    }

                    Host = FlexoHost.Open(Host.Options with { Paths = [.. Host.Options.Paths, full] });
                    Output.WriteLine($"resource center added: {full}");
                    return null;
                }

            case ["ResourceCenterService", "status", ..] or ["ResourceManager", "status", ..]:
                foreach (var center in Host.Workspace.ResourceCenters)
                {
                    Output.WriteLine($"{center.BaseUri}  {center.RootPath}  {center.Units.Length} unit(s), {center.Instances.Length} instance(s)");
                }

                return null;
            case ["ResourceManager", "start" or "stop" or "usage", ..]:
                return null;
            default:
                return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveUnsupported, $"'service {string.Join(' ', words)}' is not a service operation Flexo provides");
        }
    }

    private ScriptFailure? Load(ScriptSyntax script, ScriptDirective directive)
    {
        var arguments = directive.Arguments;
        object? value;
        if (arguments.Length > 0 && arguments[0].Value == "-r")
        {
            var uri = arguments.Length > 1 ? arguments[1].Value : null;
            if (uri is null)
            {
                foreach (var model in Host.Models)
                {
                    Output.WriteLine(model.Uri);
                }

                return null;
            }

            value = Host.Models.FirstOrDefault(m => m.Uri == uri)
                ?? (object?)Host.LoadedInstances.FirstOrDefault(i => i.Uri == uri)
                ?? LoadInstanceByUri(uri);
            if (value is null)
            {
                return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"no resource with URI '{uri}'");
            }
        }
        else if (arguments.Length > 0)
        {
            var path = Resolve(arguments[0].Value);
            if (path.EndsWith(".fml.rt", StringComparison.Ordinal) && Directory.Exists(path))
            {
                value = Host.Load(path).Instance;
            }
            else if (Host.Models.FirstOrDefault(m => SamePath(m, path)) is { } model)
            {
                value = model;
            }
            else
            {
                return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"'{arguments[0].Value}' is neither a model of the resource centers nor an instance folder (.fml.rt)");
            }
        }
        else
        {
            return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, "'load' needs a file or '-r <uri>'");
        }

        if (directive.AssignedVariable is { } name)
        {
            _variables[name] = value;
        }
        else if (EchoValues)
        {
            Output.WriteLine(ScriptValues.Show(value));
        }

        return null;
    }

    private VirtualModelInstance? LoadInstanceByUri(string uri) =>
        Host.Workspace.Instances.FirstOrDefault(i => i.Instance.Uri == uri) is { } resource ? Host.Load(resource.Instance.FullPath).Instance : null;

    private bool SamePath(ConceptSymbol model, string path)
    {
        var source = model.Unit?.Tree.Text.Path;
        if (source is null)
        {
            return false;
        }

        var full = Path.GetFullPath(Path.Combine(WorkingDirectory, source));
        return full == path || Path.GetDirectoryName(full) == path;
    }

    private ScriptFailure? More(ScriptSyntax script, ScriptDirective directive)
    {
        if (directive.Expression is { } expression)
        {
            var fragment = Host.Compilation.BindFragment(expression, FragmentContext());
            if (Report(script, fragment) is { } failure)
            {
                return failure;
            }

            Output.WriteLine(ScriptValues.Show(Host.Engine.Evaluate(fragment, Context, _variables)));
            return null;
        }

        var arguments = directive.Arguments;
        switch (arguments.Select(a => a.Value).ToList())
        {
            case ["-f", var file]:
                {
                    var full = Resolve(file);
                    if (!File.Exists(full))
                    {
                        return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"no such file: '{full}'");
                    }

                    Output.WriteLine(File.ReadAllText(full));
                    return null;
                }

            case ["-r", var uri]:
                if (Host.Models.FirstOrDefault(m => m.Uri == uri) is { Unit: { } unit })
                {
                    Output.WriteLine(unit.Tree.Text.ToString());
                    return null;
                }

                return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"no model with URI '{uri}'");
            default:
                return null;
        }
    }

    private ScriptFailure? Save(ScriptSyntax script, ScriptDirective directive)
    {
        if (directive.Expression is not { } expression)
        {
            return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, "'save' needs a model instance: save vmi;");
        }

        var fragment = Host.Compilation.BindFragment(expression, FragmentContext());
        if (Report(script, fragment) is { } failure)
        {
            return failure;
        }

        if (Host.Engine.Evaluate(fragment, Context, _variables) is not VirtualModelInstance instance)
        {
            return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, "'save' needs a model instance");
        }

        var path = Host.Save(instance, WorkingDirectory);
        if (EchoValues)
        {
            Output.WriteLine($"saved {path}");
        }

        return null;
    }

    private ScriptFailure? Enter(ScriptSyntax script, ScriptDirective directive)
    {
        if (directive.Expression is not { } expression)
        {
            Context = null;
            return null;
        }

        var fragment = Host.Compilation.BindFragment(expression, FragmentContext());
        if (Report(script, fragment) is { } failure)
        {
            return failure;
        }

        var value = Host.Engine.Evaluate(fragment, Context, _variables);
        if (value is not ConceptInstance instance)
        {
            return DirectiveFailure(script, directive, ScriptRunErrors.DirectiveFailed, $"'enter' needs an instance, not {ScriptValues.Show(value)}");
        }

        Context = instance;
        if (directive.AssignedVariable is { } name)
        {
            _variables[name] = instance;
        }

        return null;
    }

    private const string HelpText = """
        Commands (end each with ';'):
          x = <expression or FML action>    assign a script variable (new M() with (name="m"), vmi.new C(), select ...)
          <expression or FML action>        evaluate (log e, delete x, vmi.behaviour(args) ...)
          assert <condition> [: message]    fail the script when the condition is false
          context                           print the variables
          load <file> | load -r <uri>       a model (by file or URI) or a model instance folder (.fml.rt)
          more <expression> | -f <file> | -r <uri>   print a value, a file or a model's text
          enter <expression>                run later commands in the context of an instance (this)
          save <model instance>             save it as Name.fml.rt/ in the working directory (cd to choose)
          resources, services, service ResourceCenterService add_rc -d <folder> | add_temp_rc | status
          execute <file>, pwd, ls [folder], cd <folder>, history, help, exit, quit
        """;
}
