using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary>Statements and control flow (FML reference §3.8).</summary>
public sealed class StatementTests
{
    [Theory]
    [InlineData("int x;", "int", "x", null)]
    [InlineData("int x = 1 + 2;", "int", "x", "(1 + 2)")]
    [InlineData("List<String> l = new ArrayList<>();", "List<String>", "l", "new ArrayList<>()")]
    [InlineData("a.b.C c = null;", "a.b.C", "c", "null")]
    [InlineData("String[] names = x;", "String[]", "names", "x")]
    [InlineData("Map<String, List<A>> m = x;", "Map<String, List<A>>", "m", "x")]
    [InlineData("A a = b = c;", "A", "a", "(b = c)")]
    [InlineData("int model = 1;", "int", "model", "1")]
    public void Local_declarations(string statement, string type, string name, string? value)
    {
        var declaration = Assert.IsType<LocalDeclarationStatementSyntax>(FmlText.Statement(statement)).Declaration;
        Assert.Equal(type, declaration.Type.ToString());
        Assert.Equal(name, declaration.Identifier.Text);
        Assert.Equal(value, declaration.Initializer is null ? null : FmlText.Shape(declaration.Initializer.Value));
    }

    [Fact]
    public void Local_declaration_initialized_with_an_action() =>
        Assert.IsType<SelectExpressionSyntax>(
            Assert.IsType<LocalDeclarationStatementSyntax>(FmlText.Statement("List<A> l = select A from this;")).Declaration.Initializer!.Value);

    [Theory]
    [InlineData("a < b;")]
    [InlineData("a<b> c;")]
    public void Comparison_statements_versus_generic_declarations(string statement)
    {
        var tree = FmlText.Parse($"model M {{ f() {{ {statement} }} }}");
        var kind = FmlText.Model(tree).Members.OfType<BehaviourDeclarationSyntax>().Single().Body!.Statements[0].Kind;
        if (statement.Contains('>', StringComparison.Ordinal))
        {
            Assert.Equal(SyntaxKind.LocalDeclarationStatement, kind);
            Assert.Empty(tree.Diagnostics);
        }
        else
        {
            Assert.Equal(SyntaxKind.ExpressionStatement, kind);
            Assert.Equal(["FML1018"], FmlText.Codes(tree));
        }
    }

    [Theory]
    [InlineData("x = 1;", SyntaxKind.AssignmentExpression)]
    [InlineData("x += 1;", SyntaxKind.AssignmentExpression)]
    [InlineData("f();", SyntaxKind.InvocationExpression)]
    [InlineData("a.b.f(1);", SyntaxKind.InvocationExpression)]
    [InlineData("x++;", SyntaxKind.PostfixUnaryExpression)]
    [InlineData("x--;", SyntaxKind.PostfixUnaryExpression)]
    [InlineData("++x;", SyntaxKind.PrefixUnaryExpression)]
    [InlineData("--x;", SyntaxKind.PrefixUnaryExpression)]
    [InlineData("new A();", SyntaxKind.ObjectCreationExpression)]
    [InlineData("(x = 1);", SyntaxKind.ParenthesizedExpression)]
    [InlineData("super(x);", SyntaxKind.InvocationExpression)]
    [InlineData("log x;", SyntaxKind.LogExpression)]
    [InlineData("delete x;", SyntaxKind.DeleteExpression)]
    [InlineData("select A from this;", SyntaxKind.SelectExpression)]
    [InlineData("FMLRT::NewInstance(conceptType=c);", SyntaxKind.TechnologyActionExpression)]
    public void Expression_statements(string statement, SyntaxKind kind)
    {
        var expressionStatement = Assert.IsType<ExpressionStatementSyntax>(FmlText.Statement(statement));
        Assert.Equal(kind, expressionStatement.Expression.Kind);
        Assert.False(expressionStatement.Semicolon.IsMissing);
    }

    [Theory]
    [InlineData("a + b;")]
    [InlineData("x;")]
    [InlineData("1;")]
    [InlineData("a.b;")]
    [InlineData("-x;")]
    [InlineData("a == b;")]
    [InlineData("c ? a() : b();")]
    public void Expression_without_effect_is_FML1018(string statement)
    {
        var tree = FmlText.Parse($"model M {{ f() {{ {statement} }} }}");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("FML1018", diagnostic.Code);
        Assert.Equal(statement.TrimEnd(';'), tree.Text.ToString(diagnostic.Span));
    }

    [Fact]
    public void Block_and_empty_statement()
    {
        var block = Assert.IsType<BlockSyntax>(FmlText.Statement("{ ; x = 1; { } }"));
        Assert.Equal([SyntaxKind.EmptyStatement, SyntaxKind.ExpressionStatement, SyntaxKind.Block], block.Statements.Select(s => s.Kind));
    }

    [Fact]
    public void If_else_chain()
    {
        var ifStatement = Assert.IsType<IfStatementSyntax>(FmlText.Statement("if (a) x = 1; else if (b) { x = 2; } else x = 3;"));
        Assert.Equal("a", ifStatement.Condition.ToString());
        Assert.IsType<ExpressionStatementSyntax>(ifStatement.Statement);
        var elseIf = Assert.IsType<IfStatementSyntax>(ifStatement.Else!.Statement);
        Assert.IsType<BlockSyntax>(elseIf.Statement);
        Assert.IsType<ExpressionStatementSyntax>(elseIf.Else!.Statement);
    }

    [Fact]
    public void Dangling_else_binds_to_the_nearest_if()
    {
        var outer = Assert.IsType<IfStatementSyntax>(FmlText.Statement("if (a) if (b) x(); else y();"));
        Assert.Null(outer.Else);
        Assert.NotNull(Assert.IsType<IfStatementSyntax>(outer.Statement).Else);
    }

    [Fact]
    public void While_and_do_while()
    {
        var whileStatement = Assert.IsType<WhileStatementSyntax>(FmlText.Statement("while (i < 10) i++;"));
        Assert.Equal("(i < 10)", FmlText.Shape(whileStatement.Condition));
        var doStatement = Assert.IsType<DoStatementSyntax>(FmlText.Statement("do { i--; } while (i > 0);"));
        Assert.IsType<BlockSyntax>(doStatement.Statement);
        Assert.Equal("(i > 0)", FmlText.Shape(doStatement.Condition));
        Assert.False(doStatement.Semicolon.IsMissing);
    }

    [Fact]
    public void For_with_a_declaration()
    {
        var forStatement = Assert.IsType<ForStatementSyntax>(FmlText.Statement("for (int i = 0; i < n; i++) { }"));
        Assert.Equal("i", forStatement.Declaration!.Identifier.Text);
        Assert.Empty(forStatement.Initializers);
        Assert.Equal("(i < n)", FmlText.Shape(forStatement.Condition!));
        Assert.Equal("(i++)", FmlText.Shape(Assert.Single(forStatement.Incrementors)));
    }

    [Fact]
    public void For_with_expression_lists_and_empty_parts()
    {
        var lists = Assert.IsType<ForStatementSyntax>(FmlText.Statement("for (i = 0, j = 1; i < j; i++, j--) ;"));
        Assert.Null(lists.Declaration);
        Assert.Equal(2, lists.Initializers.Count);
        Assert.Equal(2, lists.Incrementors.Count);
        Assert.IsType<EmptyStatementSyntax>(lists.Statement);

        var empty = Assert.IsType<ForStatementSyntax>(FmlText.Statement("for (;;) { return; }"));
        Assert.Null(empty.Declaration);
        Assert.Empty(empty.Initializers);
        Assert.Null(empty.Condition);
        Assert.Empty(empty.Incrementors);
    }

    [Theory]
    [InlineData("for (String s : names) log s;", "String", "s", "names")]
    [InlineData("for (Task t : select Task from this) { }", "Task", "t", "select Task from this")]
    [InlineData("for (List<A> l : all.get(0)) { }", "List<A>", "l", "all.get(0)")]
    [InlineData("for (A model : x) { }", "A", "model", "x")]
    public void For_each(string statement, string type, string name, string collection)
    {
        var forEach = Assert.IsType<ForEachStatementSyntax>(FmlText.Statement(statement));
        Assert.Equal(type, forEach.Type.ToString());
        Assert.Equal(name, forEach.Identifier.Text);
        Assert.Equal(collection, forEach.Collection.ToString());
    }

    [Theory]
    [InlineData("return;", null)]
    [InlineData("return x + 1;", "(x + 1)")]
    [InlineData("return (someBs.get(0));", "[someBs.get[0]]")]
    [InlineData("return select A from this;", "select A from this")]
    [InlineData("return model;", "model")]
    public void Return(string statement, string? value)
    {
        var returnStatement = Assert.IsType<ReturnStatementSyntax>(FmlText.Statement(statement));
        Assert.Equal(value, returnStatement.Expression is null ? null : FmlText.Shape(returnStatement.Expression));
    }

    [Theory]
    [InlineData("return = 1;")]
    [InlineData("return.x = 1;")]
    public void A_variable_named_return(string statement) =>
        Assert.IsType<AssignmentExpressionSyntax>(Assert.IsType<ExpressionStatementSyntax>(FmlText.Statement(statement)).Expression);

    [Fact]
    public void Connect()
    {
        var connect = Assert.IsType<ConnectStatementSyntax>(FmlText.Statement("connect slot using parameters.resource;"));
        Assert.Equal("slot", connect.Slot.ToString());
        Assert.Equal("parameters.resource", connect.Resource.ToString());
    }

    [Theory]
    [InlineData("if (x) { y(); } else { z(); }")]
    [InlineData("while (x) { }")]
    [InlineData("for (;;) { }")]
    public void Statements_keep_their_keywords(string statement)
    {
        var node = FmlText.Statement(statement);
        Assert.True(SyntaxFacts.IsKeyword(node.GetFirstToken()!.Kind));
        Assert.Equal(statement, node.ToString());
    }

    [Theory]
    [InlineData("if (x)")]
    [InlineData("while (x)")]
    [InlineData("for (;;)")]
    [InlineData("if (x) y(); else")]
    public void Missing_embedded_statement_is_FML1015(string statement)
    {
        var tree = FmlText.Parse($"model M {{ f() {{ {statement} }} }}");
        Assert.Equal(["FML1015"], FmlText.Codes(tree));
    }

    [Fact]
    public void Declaration_as_embedded_statement_is_accepted() =>
        Assert.IsType<LocalDeclarationStatementSyntax>(Assert.IsType<IfStatementSyntax>(FmlText.Statement("if (x) int y = 1;")).Statement);
}
