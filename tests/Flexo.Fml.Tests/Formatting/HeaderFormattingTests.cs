using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;
using static Flexo.Fml.Tests.Formatting.FormatAssert;

namespace Flexo.Fml.Tests.Formatting;

public sealed class HeaderFormattingTests
{
    [Fact]
    public void Empty_model_is_two_lines()
    {
        Formats("model M{}", Lines("model M {", "}"));
    }

    [Fact]
    public void Output_uses_line_feeds_and_ends_with_one()
    {
        Formats("model M {\r\n  int x;\r\n}\r\n\r\n\r\n", Lines("model M {", "\tint x;", "}"));
    }

    [Fact]
    public void Header_groups_are_separated_by_one_blank_line_in_normalized_order()
    {
        var source = """
            namespace "http://a/" as A;
            namespace "http://b/" as B;
            use org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot as FMLRT;
            import [A + "X.fml"] as X;
            import java.util.List;
            import java.util.Map as JMap;
            typedef OWLIndividualType(owlClass=CAT) as Cat;
            model M {}
            """;
        Formats(source, Lines(
            "namespace \"http://a/\" as A;",
            "namespace \"http://b/\" as B;",
            string.Empty,
            "use org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot as FMLRT;",
            string.Empty,
            "import java.util.List;",
            "import java.util.Map as JMap;",
            string.Empty,
            "import [A + \"X.fml\"] as X;",
            string.Empty,
            "typedef OWLIndividualType(owlClass=CAT) as Cat;",
            string.Empty,
            "model M {",
            "}"));
    }

    [Fact]
    public void Uri_import_with_object_and_without_alias()
    {
        Formats("import [ \"http://x/A.fml\" : \"shape\" ];\nimport [\"http://x/B.fml\"];\nmodel M {}",
            Lines("import [\"http://x/A.fml\":\"shape\"];", "import [\"http://x/B.fml\"];", string.Empty, "model M {", "}"));
    }

    [Fact]
    public void Blank_lines_inside_a_header_group_are_removed()
    {
        Formats("import java.util.List;\n\n\nimport java.util.Map;\nmodel M {}",
            Lines("import java.util.List;", "import java.util.Map;", string.Empty, "model M {", "}"));
    }

    [Fact]
    public void Namespace_after_use_is_moved_first()
    {
        var tree = SyntaxTree.Parse("use a.B as TA;\nnamespace \"u\" as N;\nmodel M {}");
        Assert.False(tree.HasErrors);
        Assert.Equal(Lines("namespace \"u\" as N;", string.Empty, "use a.B as TA;", string.Empty, "model M {", "}"), FmlFormatter.Format(tree));
    }

    [Fact]
    public void Model_annotations_one_per_line_before_the_header()
    {
        Formats("@URI(\"http://x/M.fml\") @Version(\"0.1\") model M {}",
            Lines("@URI(\"http://x/M.fml\")", "@Version(\"0.1\")", "model M {", "}"));
    }

    [Fact]
    public void Model_header_with_extends_list_has_no_space_after_commas()
    {
        Formats("model M extends A , B ,C { }", Lines("model M extends A,B,C {", "}"));
    }

    [Fact]
    public void Header_comments_follow_their_declaration()
    {
        Formats("import java.util.List; // lists\n// maps\nimport java.util.Map;\nmodel M {}",
            Lines("import java.util.List; // lists", "// maps", "import java.util.Map;", string.Empty, "model M {", "}"));
    }

    [Fact]
    public void File_leading_comments_stay_first_even_when_headers_move()
    {
        var source = "// License\n\n/* about */\nimport [\"x.fml\"];\nimport java.util.List;\nmodel M {}";
        Formats(source, Lines(
            "// License",
            string.Empty,
            "/* about */",
            "import java.util.List;",
            string.Empty,
            "import [\"x.fml\"];",
            string.Empty,
            "model M {",
            "}"));
    }

    [Fact]
    public void Blank_line_between_file_comment_and_first_declaration_is_kept()
    {
        Formats("// License\n\n\n\nmodel M {}", Lines("// License", string.Empty, "model M {", "}"));
        Formats("// Doc\nmodel M {}", Lines("// Doc", "model M {", "}"));
    }

    [Fact]
    public void Leading_blank_lines_of_the_file_are_removed()
    {
        Formats("\n\n  model M {}", Lines("model M {", "}"));
    }

    [Fact]
    public void Top_level_declarations_beside_the_model_keep_their_order_separated_by_blank_lines()
    {
        Formats("concept A {}\nmodel M {}\nenum E { X }", Lines(
            "concept A {",
            "}",
            string.Empty,
            "model M {",
            "}",
            string.Empty,
            "enum E {",
            "\tX",
            "}"));
    }
}
