using System.CommandLine;
using System.Text.Json;
using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Host;
using Flexo.Host.Scripts;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo run DIR [--model M] [--args '...'] [--call 'b(...)'] [--save OUT] [--json]</c>: instantiates a model of the
/// resource center DIR (running its creation scheme with the arguments), calls a behaviour on the instance and prints
/// the result; saves the instance when asked. Without <c>--call</c>, runs <c>DIR/main.fmlscript</c> when it exists.
/// Exit code 0 on success, 1 when the models do not check or the call fails (with its FML stack), 2 on usage problems.
/// </summary>
internal sealed class RunCommand(CliConsole console) : ICliCommand
{
    private readonly Argument<string> _directory = new("DIR") { Description = "The resource center (a folder) holding the models." };
    private readonly Option<string> _model = new("--model") { Description = "The model to instantiate, by name or URI (default: the only model).", HelpName = "NAME|URI" };
    private readonly Option<string> _args = new("--args") { Description = "Arguments of the creation scheme, as FML expressions separated by commas: '\"Ann\", 3'.", HelpName = "EXPRS" };
    private readonly Option<string> _call = new("--call") { Description = "The behaviour to call on the new instance, with its arguments: 'total(3)'.", HelpName = "CALL" };
    private readonly Option<string> _save = new("--save") { Description = "Save the instance (Name.fml.rt/) into this folder after the call.", HelpName = "OUT" };
    private readonly Option<string> _name = new("--name") { Description = "The name of the new instance (default: the model name).", HelpName = "NAME" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON document (model, instance, result, saved folder) instead of text." };
    private readonly Option<string[]> _plugins = HostSupport.PluginsOption();
    private readonly Option<long> _maxSteps = HostSupport.MaxStepsOption();
    private readonly Option<double> _timeout = HostSupport.TimeoutOption();

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("run", "Instantiate a model and call a behaviour, or run DIR/main.fmlscript.")
        {
            _directory, _model, _args, _call, _save, _name, _json, _plugins, _maxSteps, _timeout,
        };
        command.SetAction(parse => Run(new RunRequest(
            parse.GetValue(_directory)!,
            parse.GetValue(_model),
            parse.GetValue(_args),
            parse.GetValue(_call),
            parse.GetValue(_save),
            parse.GetValue(_name),
            parse.GetValue(_json),
            parse.GetValue(_plugins) ?? []),
            HostSupport.EngineOptions(console, parse.GetValue(_maxSteps), parse.GetValue(_timeout))));
        return command;
    }

    /// <summary>Runs the request and returns the exit code.</summary>
    public int Run(RunRequest request, EngineOptions engine)
    {
        if (!Directory.Exists(request.Directory))
        {
            return CommandSupport.UsageError(console, "run", $"no such folder: '{request.Directory}'.");
        }

        var script = Path.Combine(request.Directory, "main.fmlscript");
        var scriptMode = request.Call is null && request.Model is null && request.Args is null && request.Save is null && request.Name is null;
        if (scriptMode && !File.Exists(script))
        {
            return CommandSupport.UsageError(console, "run", $"no --call given and '{script}' does not exist; give --call 'behaviour(...)' or write a main.fmlscript.");
        }

        if (request.Json)
        {
            // Logged lines must not mix with the JSON document.
            engine = engine with { Log = new TextWriterLogSink(console.Error) };
        }

        var host = HostSupport.Open(console, "run", [request.Directory], engine, request.Plugins);
        if (host is null)
        {
            return ExitCodes.Failure;
        }

        if (scriptMode)
        {
            return ScriptFileCommand.RunScript(console, host, script, Path.GetFullPath(request.Directory));
        }

        try
        {
            return Instantiate(host, request);
        }
        catch (FmlExecutionException e)
        {
            return HostSupport.Report(console, "run", e);
        }
        catch (HostException e)
        {
            return HostSupport.Report(console, "run", e);
        }
    }

    private int Instantiate(FlexoHost host, RunRequest request)
    {
        var model = request.Model is { } name ? host.GetModel(name) : OnlyModel(host);
        var arguments = request.Args is { } text ? FragmentArguments.Evaluate(host, text) : [];
        var instance = host.Engine.CreateModelInstance(model, request.Name ?? model.Name, arguments);
        object? result = null;
        var hasResult = false;
        if (request.Call is { } call)
        {
            var fragment = host.Compilation.BindFragment(call, new FragmentContext(model));
            if (fragment.HasErrors)
            {
                // Syntax errors first and alone: binding errors after them are mostly their consequences.
                var errors = fragment.Diagnostics.Where(d => d.IsError).ToList();
                var syntax = errors.Where(d => d.Code.StartsWith("FML1", StringComparison.Ordinal)).ToList();
                foreach (var diagnostic in syntax.Count > 0 ? syntax : errors)
                {
                    console.Error.WriteLine(diagnostic.Format(new Fml.Text.SourceText(call, "--call")));
                }

                return ExitCodes.Failure;
            }

            result = host.Engine.Evaluate(fragment, instance, new Dictionary<string, object?>());
            hasResult = fragment.Expression.Type is not PrimitiveType { Kind: PrimitiveKind.Void };
        }

        string? saved = null;
        if (request.Save is { } folder)
        {
            saved = host.Save(instance, folder);
        }

        // What the call changed in adapter resources (CSV files, workbooks) is written back, atomically.
        host.SaveResources();

        if (request.Json)
        {
            WriteJson(model, instance, hasResult, result, saved);
        }
        else
        {
            if (hasResult)
            {
                console.Out.WriteLine(ScriptValues.Show(result));
            }

            if (saved is not null)
            {
                console.Out.WriteLine($"saved {saved}");
            }
        }

        return ExitCodes.Success;
    }

    private static ConceptSymbol OnlyModel(FlexoHost host)
    {
        var models = host.Models.Where(m => m.ContainerModel is null).ToList();
        return models.Count switch
        {
            1 => models[0],
            0 => throw new HostException(HostErrors.UnknownModel, "the folder holds no model"),
            _ => throw new HostException(HostErrors.AmbiguousModel, $"the folder holds several models ({string.Join(", ", models.Select(m => m.Name))}); choose one with --model"),
        };
    }

    private void WriteJson(ConceptSymbol model, VirtualModelInstance instance, bool hasResult, object? result, string? saved)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", model.Uri);
            json.WriteString("instance", instance.Uri);
            if (hasResult)
            {
                json.WritePropertyName("result");
                JsonValues.Write(json, result, depth: 0);
            }

            if (saved is not null)
            {
                json.WriteString("saved", saved);
            }

            json.WriteEndObject();
        }

        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

/// <summary>What <c>flexo run</c> was asked.</summary>
internal sealed record RunRequest(string Directory, string? Model, string? Args, string? Call, string? Save, string? Name, bool Json, IReadOnlyList<string>? Plugins = null);

/// <summary>FML values as JSON: numbers, strings, booleans, null, lists, instances as {concept, uri}.</summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter json, object? value, int depth)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or sbyte:
                json.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                json.WriteNumberValue(f);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case ConceptInstance instance:
                json.WriteStartObject();
                json.WriteString("concept", instance.Concept.Name);
                json.WriteString("uri", instance.Uri);
                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable sequence when depth < 16:
                json.WriteStartArray();
                foreach (var item in sequence)
                {
                    Write(json, item, depth + 1);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(ScriptValues.Show(value));
                break;
        }
    }
}

/// <summary>Arguments given on the command line as FML expressions separated by commas.</summary>
internal static class FragmentArguments
{
    public static object?[] Evaluate(FlexoHost host, string text)
    {
        var values = new List<object?>();
        foreach (var piece in Split(text))
        {
            var fragment = host.Compilation.BindFragment(piece, Fml.Semantics.FragmentContext.Script);
            if (fragment.HasErrors)
            {
                throw new HostException(HostErrors.BadExpression, $"--args: '{piece}': {fragment.Diagnostics.First(d => d.IsError).Message}");
            }

            values.Add(host.Engine.Evaluate(fragment, null, new Dictionary<string, object?>()));
        }

        return [.. values];
    }

    /// <summary>Splits at the commas that are outside quotes and brackets.</summary>
    private static IEnumerable<string> Split(string text)
    {
        var depth = 0;
        var start = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                yield return text[start..i].Trim();
                start = i + 1;
            }
        }

        if (text[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }
}
