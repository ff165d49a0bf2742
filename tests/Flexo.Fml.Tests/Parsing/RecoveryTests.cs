using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary>Error recovery: one mistake gives one diagnostic at the right place, and what follows still parses.</summary>
public sealed class RecoveryTests
{
    private static List<string> MemberNames(ConceptDeclarationSyntax declaration) =>
        [.. declaration.Members.Select(m => m switch
        {
            PropertyDeclarationSyntax p => p.Identifier.Text,
            BehaviourDeclarationSyntax b => b.Identifier?.Text ?? b.Keyword!.Text,
            ConceptDeclarationSyntax c => c.Identifier.Text,
            _ => m.Kind.ToString(),
        })];

    [Fact]
    public void Missing_semicolon_after_a_property_gives_one_diagnostic_at_the_end_of_the_line()
    {
        var tree = FmlText.Parse("model M {\n\tint a\n\tint b;\n\tvoid f() { a = 1; }\n}\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("FML1010", diagnostic.Code);
        Assert.Equal("(2,7)-(2,7)", FmlText.Range(tree, diagnostic.Span));
        Assert.Equal("';' expected, found 'int'.", diagnostic.Message);
        Assert.Equal(["a", "b", "f"], MemberNames(FmlText.Model(tree)));
        Assert.True(Assert.IsType<PropertyDeclarationSyntax>(FmlText.Model(tree).Members[0]).Semicolon.IsMissing);
    }

    [Fact]
    public void Missing_semicolon_on_the_same_line_is_reported_on_the_next_token()
    {
        var tree = FmlText.Parse("model M { int a int b; }");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("(1,17)-(1,20)", FmlText.Range(tree, diagnostic.Span));
        Assert.Equal(["a", "b"], MemberNames(FmlText.Model(tree)));
    }

    [Fact]
    public void Missing_semicolon_after_a_statement_gives_one_diagnostic()
    {
        var tree = FmlText.Parse("model M {\n\tvoid f() {\n\t\tx = 1\n\t\ty = 2;\n\t\tz();\n\t}\n}");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("(3,8)-(3,8)", FmlText.Range(tree, diagnostic.Span));
        var body = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Model(tree).Members.Single()).Body!;
        Assert.Equal(3, body.Statements.Count);
        Assert.All(body.Statements, s => Assert.IsType<ExpressionStatementSyntax>(s));
    }

    [Fact]
    public void Missing_close_brace_of_a_concept_gives_one_diagnostic()
    {
        var tree = FmlText.Parse("model M {\n\tconcept A {\n\t\tint a;\n\n\tint b;\n}\n");
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
        Assert.All(tree.Diagnostics, d => Assert.Equal("FML1010", d.Code));
        Assert.Contains("'}' expected", tree.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], MemberNames(FmlText.First<ConceptDeclarationSyntax>(tree) is var model
            ? (ConceptDeclarationSyntax)model.Members[0] : null!));
    }

    [Fact]
    public void Missing_close_brace_of_the_model_is_reported_at_the_end()
    {
        var tree = FmlText.Parse("model M {\n\tint a;\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("(2,8)-(2,8)", FmlText.Range(tree, diagnostic.Span));
        Assert.True(FmlText.Model(tree).CloseBrace.IsMissing);
    }

    [Fact]
    public void Missing_close_brace_of_a_method_before_a_member_with_modifiers()
    {
        var tree = FmlText.Parse("model M {\n\tvoid f() {\n\t\tx();\n\tpublic int b;\n\tcreate() { }\n}\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("(3,7)-(3,7)", FmlText.Range(tree, diagnostic.Span));
        Assert.Equal(["f", "b", "create"], MemberNames(FmlText.Model(tree)));
    }

    [Fact]
    public void Missing_close_brace_of_a_method_before_another_method_gives_at_most_two_diagnostics()
    {
        var tree = FmlText.Parse("model M {\n\tvoid f() {\n\t\tx();\n\tint b;\n\tvoid g() { }\n}\n");
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact]
    public void Garbage_in_a_concept_body_is_skipped_and_reported_once()
    {
        var tree = FmlText.Parse("model M {\n\tconcept A {\n\t\tint a;\n\t\t) ] garbage here +++ ;\n\t\tint b;\n\t}\n}\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("FML1014", diagnostic.Code);
        Assert.Equal("(4,3)-(4,4)", FmlText.Range(tree, diagnostic.Span));
        var concept = Assert.IsType<ConceptDeclarationSyntax>(FmlText.Model(tree).Members.Single());
        Assert.Equal(["a", "SkippedTokens", "b"], MemberNames(concept));
        Assert.Equal(") ] garbage here +++ ;", concept.Members[1].ToString());
    }

    [Fact]
    public void Garbage_in_a_method_body_is_reported_once()
    {
        var tree = FmlText.Parse("model M {\n\tvoid f() {\n\t\tx();\n\t\t: : ;\n\t\ty();\n\t}\n\tint b;\n}\n");
        Assert.Equal(["FML1015"], FmlText.Codes(tree));
        Assert.Equal("(4,3)-(4,4)", FmlText.Range(tree, tree.Diagnostics[0].Span));
        Assert.Equal(["f", "b"], MemberNames(FmlText.Model(tree)));
        Assert.Contains(FmlText.All<InvocationExpressionSyntax>(tree), i => i.ToString() == "y()");
    }

    [Theory]
    [InlineData("x = (1;")]
    [InlineData("x = foo(1;")]
    [InlineData("x = foo(1, ;")]
    [InlineData("if (x > 0 { y = 1; }")]
    [InlineData("x = 1 +;")]
    [InlineData("x = ;")]
    [InlineData("for (int i = 0; i < n i++) { }")]
    public void Broken_statement_gives_one_diagnostic_and_the_next_statements_parse(string statement)
    {
        var tree = FmlText.Parse($"model M {{\n\tvoid f() {{\n\t\t{statement}\n\t\ty = 2;\n\t}}\n\tint b;\n}}\n");
        Assert.Single(tree.Diagnostics);
        Assert.Equal(["f", "b"], MemberNames(FmlText.Model(tree)));
        Assert.Contains(FmlText.All<AssignmentExpressionSyntax>(tree), a => a.ToString() == "y = 2");
    }

    [Fact]
    public void Two_literals_in_a_row_give_at_most_two_diagnostics()
    {
        var tree = FmlText.Parse("model M {\n\tvoid f() {\n\t\t12 34 ;\n\t\ty();\n\t}\n}");
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
        Assert.Contains(FmlText.All<InvocationExpressionSyntax>(tree), i => i.ToString() == "y()");
    }

    [Fact]
    public void Unterminated_string_in_an_initializer_stops_at_the_end_of_the_line()
    {
        var tree = FmlText.Parse("model M {\n\tString s = \"no closing quote;\n\tint b;\n}\n");
        Assert.Equal("FML1002", tree.Diagnostics[0].Code);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
        Assert.Equal(["s", "b"], MemberNames(FmlText.Model(tree)));
    }

    [Fact]
    public void Bad_character_in_an_expression_gives_at_most_two_diagnostics()
    {
        var tree = FmlText.Parse("model M {\n\tint a = 1 # 2;\n\tint b;\n}\n");
        Assert.Equal("FML1001", tree.Diagnostics[0].Code);
        Assert.Equal("(2,12)-(2,13)", FmlText.Range(tree, tree.Diagnostics[0].Span));
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
        Assert.Equal(["a", "b"], MemberNames(FmlText.Model(tree)).Where(n => n != "SkippedTokens"));
    }

    [Fact]
    public void Unterminated_comment_hides_the_rest_and_is_reported()
    {
        var tree = FmlText.Parse("model M {\n\tint a;\n\t/* never closed\n\tint b;\n}\n");
        Assert.Contains(tree.Diagnostics, d => d.Code == "FML1004" && FmlText.Range(tree, d.Span) == "(3,2)-(3,4)");
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact]
    public void Missing_model_keyword_is_reported_without_a_long_cascade()
    {
        var tree = FmlText.Parse("M {\n\tint a;\n\tint b;\n}\n");
        Assert.True(tree.HasErrors);
        Assert.InRange(tree.Diagnostics.Length, 1, 5);
    }

    [Fact]
    public void Only_one_error_per_position()
    {
        var tree = FmlText.Parse("model M { f() { x = foo(; } }");
        Assert.Single(tree.Diagnostics);
    }

    [Fact]
    public void Missing_tokens_are_zero_width_at_the_gap()
    {
        var tree = FmlText.Parse("model M {\n\tint a\n}");
        var semicolon = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Model(tree).Members.Single()).Semicolon;
        Assert.True(semicolon.IsMissing);
        Assert.Equal(0, semicolon.Span.Length);
        Assert.Equal(0, semicolon.FullSpan.Length);
        Assert.Equal(string.Empty, semicolon.Text);
        Assert.Contains("<missing>", SyntaxTreeDumper.Dump(tree.Root, tree.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_come_sorted_by_position()
    {
        var tree = FmlText.Parse("model M {\n\tint a = 08;\n\tint b\n\tString c = \"x;\n\tint d = 1 # 2;\n}\n");
        Assert.Equal(tree.Diagnostics.OrderBy(d => d.Span.Start).Select(d => d.Span.Start), tree.Diagnostics.Select(d => d.Span.Start));
        Assert.InRange(tree.Diagnostics.Length, 4, 6);
    }

    [Fact]
    public void Diagnostic_format_names_the_path_line_and_column()
    {
        var tree = SyntaxTree.Parse("model M {\n\tint a\n}", "Lib/M.fml");
        Assert.Equal("Lib/M.fml(2,7): error FML1010: ';' expected, found '}'.", tree.Diagnostics.Single().Format(tree.Text));
        Assert.Equal("Lib/M.fml", tree.Text.Path);
    }
}
