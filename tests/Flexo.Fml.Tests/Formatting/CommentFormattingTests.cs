using static Flexo.Fml.Tests.Formatting.FormatAssert;

namespace Flexo.Fml.Tests.Formatting;

public sealed class CommentFormattingTests
{
    [Fact]
    public void Own_line_comment_before_a_statement_stays_before_it_at_its_indentation()
    {
        Assert.Equal(["x();", "// about y", "y();"], BodyOf("x();\n        // about y\ny();"));
    }

    [Fact]
    public void Trailing_line_comment_stays_at_the_end_of_the_line()
    {
        Assert.Equal(["x = 1; // one", "y = 2; /* two */"], BodyOf("x = 1;   // one\ny = 2; /* two */"));
    }

    [Fact]
    public void Trailing_comment_of_a_statement_that_gets_split_stays_with_its_statement()
    {
        Assert.Equal(["a();", "b(); // b"], BodyOf("a(); b(); // b"));
    }

    [Fact]
    public void Line_comment_inside_an_expression_moves_above_the_line()
    {
        Assert.Equal(["// first", "x = f(a,b); // last"], BodyOf("x = f(a, // first\n      b); // last"));
    }

    [Fact]
    public void Own_line_comment_inside_an_expression_moves_above_the_line()
    {
        Assert.Equal(["// why b", "if (a && b) {", "\tx();", "}"], BodyOf("if (a &&\n    // why b\n    b) x();"));
    }

    [Fact]
    public void Block_comment_inside_an_expression_stays_inline()
    {
        Assert.Equal(["x = a + /* why */ b;", "f( /* none */ );"], BodyOf("x = a +/* why */b;\nf(/* none */);"));
    }

    [Fact]
    public void Comment_on_the_line_of_an_opening_brace_stays_there()
    {
        Assert.Equal(["if (a) { // then", "\tx();", "}", "else { // otherwise", "\ty();", "}"],
            BodyOf("if (a) { // then\n x(); } else { // otherwise\n y(); }"));
    }

    [Fact]
    public void Comment_after_a_condition_stays_at_the_end_when_braces_are_added()
    {
        Assert.Equal(["if (a) { // rare", "\tx();", "}"], BodyOf("if (a) // rare\n  x();"));
    }

    [Fact]
    public void Comments_before_a_closing_brace_stay_inside_the_block()
    {
        Assert.Equal(["if (a) {", "\tx();", "\t// todo", string.Empty, "\t/* more */", "}"], BodyOf("if (a) {\n x();\n// todo\n\n /* more */\n\n}"));
    }

    [Fact]
    public void Comment_in_an_empty_block_stays_inside()
    {
        Formats("model M {\n void f() {\n // nothing yet\n }\n}", ExpectedBehaviour("// nothing yet"));
    }

    [Fact]
    public void Comment_after_the_closing_brace_of_an_if_stays_before_else()
    {
        Assert.Equal(["if (a) {", "\tx();", "} // end", "// otherwise", "else {", "\ty();", "}"],
            BodyOf("if (a) { x(); } // end\n// otherwise\nelse { y(); }"));
    }

    [Fact]
    public void Comment_after_the_brace_of_a_do_goes_inside_the_block()
    {
        Assert.Equal(["do {", "\tx();", "\t// again", "} while (a);"], BodyOf("do { x(); } // again\nwhile (a);"));
    }

    [Fact]
    public void Comments_of_dropped_parentheses_and_semicolons_are_kept()
    {
        Assert.Equal(["x = /* p */ a + b /* q */ ;", "// stray", "y();"], BodyOf("x = (/* p */ a + b) /* q */;\n; // stray\ny();"));
        Assert.Equal(["log /* l */ \"x\";"], BodyOf("log /* l */ (\"x\");"));
    }

    [Fact]
    public void Comments_between_blank_lines_keep_one_blank_line()
    {
        Assert.Equal(["x();", string.Empty, "// section", string.Empty, "// about y", "y();"],
            BodyOf("x();\n\n\n// section\n\n\n// about y\ny();"));
    }

    [Fact]
    public void Comments_before_members_move_with_them()
    {
        var source = """
            model M {
              // the behaviour
              void f() {}
              /** The count. */
              int count; // trailing
            }
            """;
        Formats(source, Lines(
            "model M {",
            "\t/** The count. */",
            "\tint count; // trailing",
            string.Empty,
            "\t// the behaviour",
            "\tvoid f() {",
            "\t}",
            "}"));
    }

    [Fact]
    public void Comments_before_the_closing_brace_of_a_model_stay_inside()
    {
        Formats("model M {\n int a;\n // end of members\n} // done\n// bye\n",
            Lines("model M {", "\tint a;", "\t// end of members", "} // done", "// bye"));
    }

    [Fact]
    public void Comments_at_the_end_of_the_file_stay_with_one_blank_line_at_most()
    {
        Formats("model M {}\n\n\n\n// bye\n\n/* really */\n\n\n", Lines("model M {", "}", string.Empty, "// bye", string.Empty, "/* really */"));
    }

    [Fact]
    public void Multi_line_block_comment_is_reindented_with_the_code()
    {
        var source = "model M {\n        /**\n         * Doc.\n         */\n        int a;\n}";
        Formats(source, Lines("model M {", "\t/**", "\t * Doc.", "\t */", "\tint a;", "}"));
    }

    [Fact]
    public void Multi_line_block_comment_inside_a_line_is_kept_as_written()
    {
        Assert.Equal(["x = a + /* one", "     two */ b;"], BodyOf("x = a + /* one\n     two */ b;"));
    }

    [Fact]
    public void Comment_between_annotation_and_member()
    {
        Formats(InModel("@Tag\n// note\nvoid f();"), Lines("model M {", string.Empty, "\t@Tag", "\t// note", "\tvoid f();", "}"));
    }

    [Fact]
    public void Comments_in_the_middle_of_a_header_move_above_it()
    {
        Formats("model M\n// why\nextends A {}", Lines("// why", "model M extends A {", "}"));
    }

    [Fact]
    public void Comments_in_annotation_lists_and_enums()
    {
        var source = InModel("@UI( // widgets\n @A // a\n // b next\n @B\n // end\n) void f();\nenum E { X, // x\n Y /* y */ }");
        Formats(source, Lines(
            "model M {",
            string.Empty,
            "\t@UI( // widgets",
            "\t\t@A // a",
            "\t\t// b next",
            "\t\t@B",
            "\t\t// end",
            "\t)",
            "\tvoid f();",
            string.Empty,
            "\tenum E {",
            "\t\tX, // x",
            "\t\tY /* y */",
            "\t}",
            "}"));
    }

    [Fact]
    public void Several_comments_on_one_line()
    {
        Assert.Equal(["/* a */ /* b */ // c", "x();"], BodyOf("  /* a */   /* b */   // c\nx();"));
        Assert.Equal(["/* a */ x(); /* b */ // c"], BodyOf("/* a */ x(); /* b */ // c"));
    }

    [Fact]
    public void Comment_with_windows_line_breaks()
    {
        Assert.Equal(["/* a", " b */", "x();"], BodyOf("/* a\r\n b */\r\nx();"));
    }

    [Fact]
    public void Comments_of_a_single_statement_body_stay_inside_the_added_braces()
    {
        Assert.Equal(["while (a) {", "\t// step", "\tx(); // once", "}"], BodyOf("while (a)\n // step\n x(); // once"));
    }

    [Fact]
    public void Trailing_comments_in_parameter_lists_move_above()
    {
        Formats(InModel("void f(int a, // first\n int b) {}"),
            Lines("model M {", string.Empty, "\t// first", "\tvoid f(int a, int b) {", "\t}", "}"));
    }

    [Fact]
    public void Comment_before_get_set_closing_brace_and_semicolon()
    {
        Formats(InModel("int v { get() { return 1; } // getter\n // end\n } // prop"), Lines(
            "model M {",
            "\tint v  {",
            "\t\tget() {",
            "\t\t\treturn 1;",
            "\t\t} // getter",
            "\t\t// end",
            "\t}; // prop",
            "}"));
    }
}
