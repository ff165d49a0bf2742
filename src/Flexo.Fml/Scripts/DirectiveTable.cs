using System.Collections.Frozen;

namespace Flexo.Fml.Scripts;

/// <summary>The directive words of the script language, with their forms (usage text and argument counts).</summary>
internal static class DirectiveTable
{
    /// <summary>How a directive reads its arguments.</summary>
    internal enum Form
    {
        /// <summary>Between <see cref="Entry.Min"/> and <see cref="Entry.Max"/> raw arguments.</summary>
        Plain,

        /// <summary><c>file</c>, or <c>-r [uri]</c> (load, open).</summary>
        Resource,

        /// <summary>An FML expression, or <c>-r [uri]</c>, or <c>-f path</c> (more, enter); optional when Min is 0.</summary>
        ExpressionOrResource,
    }

    internal sealed record Entry(ScriptDirectiveKind Kind, string Usage, Form Form, int Min, int Max);

    /// <summary>The word <c>context</c>: an FML command without arguments, read like a directive.</summary>
    internal const string Context = "context";

    private static readonly FrozenDictionary<string, Entry> s_entries = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["help"] = new(ScriptDirectiveKind.Help, "help;", Form.Plain, 0, 0),
        ["history"] = new(ScriptDirectiveKind.History, "history;", Form.Plain, 0, 0),
        ["pwd"] = new(ScriptDirectiveKind.Pwd, "pwd;", Form.Plain, 0, 0),
        ["ls"] = new(ScriptDirectiveKind.Ls, "ls [path];", Form.Plain, 0, 1),
        ["cd"] = new(ScriptDirectiveKind.Cd, "cd <path>;", Form.Plain, 1, 1),
        ["execute"] = new(ScriptDirectiveKind.Execute, "execute <file>;", Form.Plain, 1, 1),
        ["services"] = new(ScriptDirectiveKind.Services, "services;", Form.Plain, 0, 0),
        ["service"] = new(ScriptDirectiveKind.Service, "service <Service> <operation> [arguments];", Form.Plain, 2, int.MaxValue),
        ["activate"] = new(ScriptDirectiveKind.Activate, "activate <technology adapter>;", Form.Plain, 1, 1),
        ["resources"] = new(ScriptDirectiveKind.Resources, "resources [arguments];", Form.Plain, 0, int.MaxValue),
        ["load"] = new(ScriptDirectiveKind.Load, "load <file>; or load -r [uri];", Form.Resource, 1, 2),
        ["open"] = new(ScriptDirectiveKind.Open, "open <project>; or open -r [uri];", Form.Resource, 1, 2),
        ["more"] = new(ScriptDirectiveKind.More, "more [<expression> | -r [uri] | -f <path>];", Form.ExpressionOrResource, 0, 2),
        ["enter"] = new(ScriptDirectiveKind.Enter, "enter <expression> | -r [uri] | -f <path>;", Form.ExpressionOrResource, 1, 2),
        ["save"] = new(ScriptDirectiveKind.Save, "save <model instance expression>;", Form.ExpressionOrResource, 1, 2),
        ["exit"] = new(ScriptDirectiveKind.Exit, "exit;", Form.Plain, 0, 0),
        ["quit"] = new(ScriptDirectiveKind.Quit, "quit;", Form.Plain, 0, 0),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The directive words, for messages.</summary>
    internal const string NameList = "help, history, pwd, ls, cd, execute, services, service, activate, resources, load, open, more, enter, save, exit and quit";

    internal static Entry? Find(string word) => s_entries.GetValueOrDefault(word);

    /// <summary>The directives whose result can be assigned to a variable (<c>x = load ...</c>).</summary>
    internal static bool GivesValue(ScriptDirectiveKind kind) => kind is ScriptDirectiveKind.Load or ScriptDirectiveKind.Open or ScriptDirectiveKind.Enter;
}
