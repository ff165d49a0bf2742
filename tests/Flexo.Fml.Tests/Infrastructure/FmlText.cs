using System.Text;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Parsing;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>Helpers for the focused unit tests: parse small inline sources and pick nodes out of the tree.</summary>
internal static class FmlText
{
    /// <summary>Runs the lexer alone.</summary>
    public static (List<SyntaxToken> Tokens, List<Diagnostic> Diagnostics) Lex(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (LexTokens(text, diagnostics), diagnostics);
    }

    /// <summary>The lexer's tokens, end of file included, before the parser touches them.</summary>
    public static List<SyntaxToken> LexTokens(string text, List<Diagnostic>? diagnostics = null)
    {
        var table = new Lexer(text, diagnostics ?? []).LexAll();
        var tokens = new List<SyntaxToken>(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            tokens.Add(table.Token(i));
        }

        return tokens;
    }

    /// <summary>The single token of <paramref name="text"/> (the end-of-file token aside); fails if there are more.</summary>
    public static SyntaxToken SingleToken(string text)
    {
        var (tokens, _) = Lex(text);
        Assert.True(tokens.Count == 2, $"Expected one token in {TreeChecks.Excerpt(text)}, got: "
            + string.Join(", ", tokens.Select(t => $"{t.Kind} {TreeChecks.Excerpt(t.Text)}")));
        return tokens[0];
    }

    /// <summary>Parses and checks the tree invariants (not the diagnostics).</summary>
    public static SyntaxTree Parse(string text, ParseOptions? options = null)
    {
        var tree = SyntaxTree.Parse(text, null, options);
        TreeChecks.AssertSound(text, tree, (options ?? ParseOptions.Default).MaxDepth);
        return tree;
    }

    /// <summary>Parses and requires no diagnostic at all and no repaired node.</summary>
    public static SyntaxTree ParseValid(string text)
    {
        var tree = Parse(text);
        Assert.True(tree.Diagnostics.IsEmpty, $"Unexpected diagnostics for {TreeChecks.Excerpt(text)}:{Environment.NewLine}"
            + StageDumps.DescribeAll(tree));
        Assert.False(TreeChecks.HasRepairs(tree), "The tree holds missing or skipped tokens.");
        return tree;
    }

    /// <summary>The model declaration of a tree.</summary>
    public static ConceptDeclarationSyntax Model(SyntaxTree tree) =>
        tree.Root.Members.OfType<ConceptDeclarationSyntax>().Single(m => m.Kind == SyntaxKind.ModelDeclaration);

    /// <summary>The first node of type <typeparamref name="T"/> in source order.</summary>
    public static T First<T>(SyntaxTree tree)
        where T : SyntaxNode => tree.Root.DescendantNodesAndSelf().OfType<T>().First();

    /// <summary>All nodes of type <typeparamref name="T"/> in source order.</summary>
    public static List<T> All<T>(SyntaxTree tree)
        where T : SyntaxNode => [.. tree.Root.DescendantNodesAndSelf().OfType<T>()];

    /// <summary>Parses <c>model M { member }</c> (valid) and returns the member.</summary>
    public static MemberDeclarationSyntax Member(string member) => Model(ParseValid($"model M {{ {member} }}")).Members.Single();

    /// <summary>Parses <c>model M { f() { statement } }</c> (valid) and returns the statement.</summary>
    public static StatementSyntax Statement(string statement)
    {
        var tree = ParseValid($"model M {{ f() {{ {statement} }} }}");
        return ((BehaviourDeclarationSyntax)Model(tree).Members.Single()).Body!.Statements.Single();
    }

    /// <summary>Parses <c>return expression;</c> in a behaviour (valid) and returns the expression.</summary>
    public static ExpressionSyntax Expression(string expression) =>
        ((ReturnStatementSyntax)Statement($"return {expression};")).Expression!;

    /// <summary>Parses <c>return expression;</c> in a behaviour, whatever the diagnostics, and returns the tree.</summary>
    public static SyntaxTree ExpressionTree(string expression) => Parse($"model M {{ f() {{ return {expression}; }} }}");

    /// <summary>The codes of the diagnostics, in order.</summary>
    public static string[] Codes(SyntaxTree tree) => [.. tree.Diagnostics.Select(d => d.Code)];

    /// <summary>The line/column range of a span, as <c>(1,5)-(1,7)</c>.</summary>
    public static string Range(SyntaxTree tree, TextSpan span)
    {
        var start = tree.Text.GetLinePosition(span.Start);
        var end = tree.Text.GetLinePosition(span.End);
        return $"({start.Line},{start.Column})-({end.Line},{end.Column})";
    }

    /// <summary>
    /// A compact, fully parenthesised rendering of an expression tree that makes precedence and associativity visible:
    /// <c>a - b - c</c> gives <c>((a - b) - c)</c>; casts are <c>(cast T e)</c>, calls <c>f[args]</c>.
    /// </summary>
    public static string Shape(SyntaxNode node)
    {
        var builder = new StringBuilder();
        AppendShape(builder, node);
        return builder.ToString();
    }

    private static void AppendShape(StringBuilder builder, SyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax binary:
                builder.Append('(');
                AppendShape(builder, binary.Left);
                builder.Append(' ').Append(binary.OperatorToken.Text).Append(' ');
                AppendShape(builder, binary.Right);
                builder.Append(')');
                break;
            case AssignmentExpressionSyntax assignment:
                builder.Append('(');
                AppendShape(builder, assignment.Left);
                builder.Append(' ').Append(assignment.OperatorToken.Text).Append(' ');
                AppendShape(builder, assignment.Right);
                builder.Append(')');
                break;
            case ConditionalExpressionSyntax conditional:
                builder.Append('(');
                AppendShape(builder, conditional.Condition);
                builder.Append(" ? ");
                AppendShape(builder, conditional.WhenTrue);
                builder.Append(" : ");
                AppendShape(builder, conditional.WhenFalse);
                builder.Append(')');
                break;
            case PrefixUnaryExpressionSyntax prefix:
                builder.Append('(').Append(prefix.OperatorToken.Text);
                AppendShape(builder, prefix.Operand);
                builder.Append(')');
                break;
            case PostfixUnaryExpressionSyntax postfix:
                builder.Append('(');
                AppendShape(builder, postfix.Operand);
                builder.Append(postfix.OperatorToken.Text).Append(')');
                break;
            case CastExpressionSyntax cast:
                builder.Append("(cast ").Append(cast.Type.ToString()).Append(' ');
                AppendShape(builder, cast.Expression);
                builder.Append(')');
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                builder.Append('[');
                AppendShape(builder, parenthesized.Expression);
                builder.Append(']');
                break;
            case InstanceOfExpressionSyntax instanceOf:
                builder.Append('(');
                AppendShape(builder, instanceOf.Expression);
                builder.Append(" instanceof ").Append(instanceOf.Type.ToString()).Append(')');
                break;
            case MemberAccessExpressionSyntax member:
                AppendShape(builder, member.Expression);
                builder.Append('.').Append(member.Name.ToString());
                break;
            case InvocationExpressionSyntax invocation:
                AppendShape(builder, invocation.Expression);
                builder.Append('[');
                for (var i = 0; i < invocation.Arguments.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendShape(builder, invocation.Arguments.Arguments[i]);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(node.ToString());
                break;
        }
    }
}
