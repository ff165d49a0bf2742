using static Flexo.Fml.Tests.Formatting.FormatAssert;

namespace Flexo.Fml.Tests.Formatting;

public sealed class StatementFormattingTests
{
    [Fact]
    public void Statements_one_per_line()
    {
        Assert.Equal(["x = 1;", "y = 2;", "f();"], BodyOf("x=1; y =2;f( );"));
    }

    [Fact]
    public void Empty_behaviour_body_is_brace_newline_brace()
    {
        Formats("model M { void f() {   } }", ExpectedBehaviour());
    }

    [Fact]
    public void Local_declarations()
    {
        Assert.Equal(["int i = 0;", "String s;", "List<Foo> l = select Foo from this;"],
            BodyOf("int i=0; String s ; List<Foo> l=select Foo from this;"));
    }

    [Fact]
    public void If_without_braces_gets_braces()
    {
        Assert.Equal(["if (a) {", "\tb();", "}"], BodyOf("if(a) b();"));
    }

    [Fact]
    public void Else_goes_on_the_next_line()
    {
        Assert.Equal(["if (a) {", "\tb();", "}", "else {", "\tc();", "}"], BodyOf("if (a) { b(); } else { c(); }"));
    }

    [Fact]
    public void Else_if_chain_stays_flat()
    {
        Assert.Equal(
            ["if (a) {", "\tb();", "}", "else if (c) {", "\td();", "}", "else if (e) {", "\tf();", "}", "else {", "\tg();", "}"],
            BodyOf("if (a) b(); else if (c) d(); else if (e) { f(); } else g();"));
    }

    [Fact]
    public void Else_block_holding_an_if_keeps_its_braces()
    {
        Assert.Equal(["if (a) {", "\tb();", "}", "else {", "\tif (c) {", "\t\td();", "\t}", "}"],
            BodyOf("if (a) b(); else { if (c) d(); }"));
    }

    [Fact]
    public void Dangling_else_binds_to_the_inner_if()
    {
        Assert.Equal(["if (a) {", "\tif (b) {", "\t\tx();", "\t}", "\telse {", "\t\ty();", "\t}", "}"],
            BodyOf("if (a) if (b) x(); else y();"));
    }

    [Fact]
    public void Empty_statement_as_body_becomes_empty_block()
    {
        Assert.Equal(["if (a) {", "}", "while (b) {", "}"], BodyOf("if (a); while (b);"));
    }

    [Fact]
    public void Stray_semicolons_are_dropped()
    {
        Assert.Equal(["x = 1;", "y = 2;"], BodyOf(";x = 1;;; y = 2;;"));
    }

    [Fact]
    public void While_and_do_while()
    {
        Assert.Equal(["while (i < 10) {", "\ti++;", "}", "do {", "\ti--;", "} while (i > 0);"],
            BodyOf("while(i<10) i++; do i--; while(i>0);"));
    }

    [Fact]
    public void For_each_over_an_expression_and_an_action()
    {
        Assert.Equal(
            ["for (Foo f : foos) {", "\tf.run();", "}", "for (Foo f : select Foo from this where (selected.ok)) {", "}"],
            BodyOf("for(Foo f:foos) f.run(); for (Foo f : select Foo from this where (selected.ok)) {}"));
    }

    [Theory]
    [InlineData("for(int i=0;i<n;i++) x();", "for (int i = 0; i < n; i++) {")]
    [InlineData("for(;;) x();", "for (;;) {")]
    [InlineData("for(; c ;) x();", "for (; c;) {")]
    [InlineData("for(i = 0, j = 1; i < j; i++, j--) x();", "for (i = 0,j = 1; i < j; i++,j--) {")]
    public void Classic_for(string source, string header)
    {
        Assert.Equal([header, "\tx();", "}"], BodyOf(source));
    }

    [Fact]
    public void Return_forms()
    {
        Assert.Equal(["return;", "return x + 1;", "return select Foo from this;"], BodyOf("return ; return (x+1); return select Foo from this;"));
    }

    [Fact]
    public void Nested_block_statement_is_kept()
    {
        Assert.Equal(["{", "\tx();", "}", "y();"], BodyOf("{ x(); } y();"));
    }

    [Fact]
    public void Connect_statement()
    {
        Assert.Equal(["connect slot using parameters.resource;"], BodyOf("connect  slot using parameters.resource ;"));
    }

    [Fact]
    public void One_blank_line_between_statements_is_kept()
    {
        Assert.Equal(["x();", string.Empty, "y();", "z();"], BodyOf("x();\n\n\n\ny();\nz();"));
    }

    [Fact]
    public void Blank_lines_at_the_start_and_end_of_a_block_are_removed()
    {
        Assert.Equal(["x();"], BodyOf("\n\n x();\n\n"));
        Assert.Equal(["if (a) {", "\tx();", "}"], BodyOf("if (a) {\n\n x();\n\n}"));
    }

    [Fact]
    public void Blank_line_is_not_kept_before_else()
    {
        Assert.Equal(["if (a) {", "\tx();", "}", "else {", "\ty();", "}"], BodyOf("if (a) { x(); }\n\n else { y(); }"));
    }

    [Fact]
    public void Deeply_nested_control_statements_indent_one_tab_per_level()
    {
        Assert.Equal(
            ["while (a) {", "\tfor (X x : xs) {", "\t\tif (b) {", "\t\t\tdo {", "\t\t\t\tz();", "\t\t\t} while (c);", "\t\t}", "\t}", "}"],
            BodyOf("while (a) for (X x : xs) if (b) do z(); while (c);"));
    }

    [Fact]
    public void Declaration_as_a_control_body_is_wrapped()
    {
        Assert.Equal(["if (a) {", "\tint x = 1;", "}"], BodyOf("if (a) int x = 1;"));
    }
}
