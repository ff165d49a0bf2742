using System.Text;

namespace Flexo.Benchmarks.Corpus;

/// <summary>
/// Prints the planner's programs in one language. Both languages share the expression precedence of Java/C#,
/// so parentheses are placed by one rule here; the subclasses spell everything else.
/// </summary>
internal abstract class CorpusWriter
{
    /// <summary>The seed used by the benchmarks: changing it changes every number in docs/PERFORMANCE.md.</summary>
    public const ulong DefaultSeed = 0x5EED_F1E0_2026UL;

    protected const string ModelName = "BenchModel";

    private int _indent;

    protected StringBuilder Output { get; } = new();

    /// <summary>Writes a model of at least <paramref name="targetLength"/> characters (one concept more at most).</summary>
    public string Generate(int targetLength, ulong seed)
    {
        var planner = new CorpusPlanner(seed);
        Output.Clear();
        Output.EnsureCapacity(targetLength + (64 * 1024));
        _indent = 0;
        WriteFileHeader(seed);
        BeginModel();
        foreach (var member in planner.PlanModelMembers(ModelName))
        {
            WriteMember(member);
        }

        while (Output.Length < targetLength)
        {
            Line();
            foreach (var member in planner.PlanNextTopLevel())
            {
                WriteMember(member);
            }
        }

        EndModel();
        return Output.ToString();
    }

    protected abstract void WriteFileHeader(ulong seed);

    protected abstract void BeginModel();

    protected abstract void EndModel();

    protected abstract void WriteMember(Member member);

    protected abstract void WriteStatement(Stmt statement);

    /// <summary>Prints an expression without outer parentheses.</summary>
    protected abstract string Expression(Expr expression);

    protected void Indent() => _indent++;

    protected void Outdent() => _indent--;

    protected void Line(string text = "")
    {
        if (text.Length > 0)
        {
            Output.Append('\t', _indent).Append(text);
        }

        Output.Append('\n');
    }

    protected void WriteStatements(IEnumerable<Stmt> statements)
    {
        foreach (var statement in statements)
        {
            WriteStatement(statement);
        }
    }

    /// <summary>Prints <paramref name="expression"/>, in parentheses when it binds looser than <paramref name="minimum"/>.</summary>
    protected string Operand(Expr expression, int minimum)
    {
        var text = Expression(expression);
        return Precedence(expression) < minimum ? "(" + text + ")" : text;
    }

    protected string Arguments(IEnumerable<Expr> arguments) => string.Join(", ", arguments.Select(Expression));

    protected string BinaryText(Binary binary)
    {
        var precedence = Precedence(binary);
        return Operand(binary.Left, precedence) + " " + binary.Op + " " + Operand(binary.Right, precedence + 1);
    }

    protected string ConditionalText(Conditional conditional) =>
        Operand(conditional.Condition, 30) + " ? " + Operand(conditional.WhenTrue, 30) + " : " + Operand(conditional.WhenFalse, 20);

    protected const int UnaryPrecedence = 90;

    protected const int PrimaryPrecedence = 100;

    protected const int RelationalPrecedence = 60;

    protected static int Precedence(Expr expression) => expression switch
    {
        Binary binary => binary.Op switch
        {
            "*" or "/" or "%" => 80,
            "+" or "-" => 70,
            "<" or "<=" or ">" or ">=" => RelationalPrecedence,
            "==" or "!=" => 55,
            "&&" => 40,
            "||" => 35,
            _ => throw new InvalidOperationException(binary.Op),
        },
        InstanceOf => RelationalPrecedence,
        Unary or Cast => UnaryPrecedence,
        Postfix => 95,
        Conditional => 20,
        Select or Match or BeginMatch => 10,
        _ => PrimaryPrecedence,
    };

    protected static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
