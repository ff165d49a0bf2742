using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary>Compilation unit, header declarations, annotations, models, concepts, events and enums (FML reference §3.1-§3.4).</summary>
public sealed class DeclarationTests
{
    [Fact]
    public void Compilation_unit_with_every_header_declaration()
    {
        var tree = FmlText.ParseValid("""
            namespace "http://example.org/rc/" as RC;
            use org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot as FMLRT;
            import java.util.Date;
            import java.util.Map as JMap;
            import [RC + "Lib.fml"] as Lib;
            import ["http://x/d.diagram" : "SHAPE"];
            typedef OWLIndividualType(owlClass=CAT) as Cat;
            typedef List<String> as Names;
            model M { }
            """);
        var headers = tree.Root.Headers;
        Assert.Equal(
            [SyntaxKind.NamespaceDeclaration, SyntaxKind.UseDeclaration, SyntaxKind.JavaImportDeclaration, SyntaxKind.JavaImportDeclaration,
                SyntaxKind.UriImportDeclaration, SyntaxKind.UriImportDeclaration, SyntaxKind.TypedefDeclaration, SyntaxKind.TypedefDeclaration],
            headers.Select(h => h.Kind));

        var ns = Assert.IsType<NamespaceDeclarationSyntax>(headers[0]);
        Assert.Equal("http://example.org/rc/", ns.Uri.Value);
        Assert.Equal("RC", ns.Identifier.Text);

        var use = Assert.IsType<UseDeclarationSyntax>(headers[1]);
        Assert.Equal("org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot", use.Name.ToString());
        Assert.Equal("FMLRT", use.Identifier.Text);

        var date = Assert.IsType<JavaImportDeclarationSyntax>(headers[2]);
        Assert.Equal("java.util.Date", date.Name.ToString());
        Assert.Null(date.Alias);
        Assert.Equal("JMap", Assert.IsType<JavaImportDeclarationSyntax>(headers[3]).Alias!.Identifier.Text);

        var lib = Assert.IsType<UriImportDeclarationSyntax>(headers[4]);
        Assert.Equal("(RC + \"Lib.fml\")", FmlText.Shape(lib.Resource));
        Assert.Null(lib.Colon);
        Assert.Null(lib.Object);
        Assert.Equal("Lib", lib.Alias!.Identifier.Text);

        var shape = Assert.IsType<UriImportDeclarationSyntax>(headers[5]);
        Assert.NotNull(shape.Colon);
        Assert.Equal("\"SHAPE\"", shape.Object!.ToString());
        Assert.Null(shape.Alias);

        var cat = Assert.IsType<TypedefDeclarationSyntax>(headers[6]);
        var technologyType = Assert.IsType<TechnologyTypeSyntax>(cat.Type);
        Assert.Equal("OWLIndividualType", technologyType.Name.Text);
        Assert.Equal("owlClass", Assert.Single(technologyType.Arguments.Arguments).Name.Text);
        Assert.Equal("Cat", cat.Identifier.Text);
        Assert.IsType<GenericNameSyntax>(Assert.IsType<TypedefDeclarationSyntax>(headers[7]).Type);

        Assert.Equal("M", FmlText.Model(tree).Identifier.Text);
        Assert.Equal(SyntaxKind.EndOfFileToken, tree.Root.EndOfFile.Kind);
    }

    [Fact]
    public void Headers_out_of_order_give_a_warning_FML1032()
    {
        var tree = FmlText.Parse("import java.util.List;\nuse a.b.C as TA;\nmodel M { }");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("FML1032", diagnostic.Code);
        Assert.Equal(Flexo.Fml.Diagnostics.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(tree.HasErrors);
        Assert.Equal("(2,1)-(2,17)", FmlText.Range(tree, diagnostic.Span));
        Assert.Equal(2, tree.Root.Headers.Count);
    }

    [Fact]
    public void Header_after_the_model_is_FML1033()
    {
        var tree = FmlText.Parse("model M { }\nimport java.util.List;\n");
        Assert.Equal(["FML1033"], FmlText.Codes(tree));
        Assert.Equal("(2,1)-(2,7)", FmlText.Range(tree, tree.Diagnostics[0].Span));
    }

    [Theory]
    [InlineData("", "FML1031")]
    [InlineData("// nothing\n", "FML1031")]
    [InlineData("import java.util.List;", "FML1031")]
    [InlineData("model A { }\nmodel B { }", "FML1031")]
    public void A_unit_declares_exactly_one_model_FML1031(string source, string code) =>
        Assert.Equal([code], FmlText.Codes(FmlText.Parse(source)));

    [Fact]
    public void Second_model_is_reported_on_its_name()
    {
        var tree = FmlText.Parse("model A { }\nmodel B { }");
        Assert.Equal("(2,7)-(2,8)", FmlText.Range(tree, Assert.Single(tree.Diagnostics).Span));
    }

    [Fact]
    public void Annotation_forms()
    {
        var tree = FmlText.ParseValid("""
            @Marker
            @URI("http://x/M.fml")
            @Key(key1="aValue", key2=3)
            @UI(@Label("x") @TextField(value="p", label="P") @CheckBox)
            @org.example.Qualified(1 + 2)
            @Empty()
            model M { }
            """);
        var annotations = FmlText.Model(tree).Annotations;
        Assert.Equal(6, annotations.Count);
        Assert.Equal("Marker", annotations[0].Name.ToString());
        Assert.Null(annotations[0].OpenParen);
        Assert.Equal("\"http://x/M.fml\"", annotations[1].Value!.ToString());
        Assert.Equal(["key1", "key2"], annotations[2].KeyValues.Select(k => k.Key.Text));
        Assert.Equal("3", annotations[2].KeyValues[1].Value.ToString());
        Assert.Equal(["Label", "TextField", "CheckBox"], annotations[3].NestedAnnotations.Select(a => a.Name.ToString()));
        Assert.Equal(2, annotations[3].NestedAnnotations[1].KeyValues.Count);
        Assert.IsType<QualifiedNameSyntax>(annotations[4].Name);
        Assert.Equal("(1 + 2)", FmlText.Shape(annotations[4].Value!));
        Assert.NotNull(annotations[5].OpenParen);
        Assert.Null(annotations[5].Value);
        Assert.Empty(annotations[5].KeyValues);
    }

    [Fact]
    public void Model_with_modifiers_extends_and_inside()
    {
        var model = FmlText.Model(FmlText.ParseValid("public abstract model M extends A, b.B inside C { }"));
        Assert.Equal(SyntaxKind.ModelDeclaration, model.Kind);
        Assert.Equal(SyntaxKind.ModelKeyword, model.Keyword.Kind);
        Assert.Equal([SyntaxKind.PublicKeyword, SyntaxKind.AbstractKeyword], model.Modifiers.Select(m => m.Kind));
        Assert.Equal(["A", "b.B"], model.Extends!.Types.Select(t => t.ToString()));
        Assert.Equal(1, model.Extends.Types.SeparatorCount);
        Assert.Equal("C", model.Inside!.Type.ToString());
        Assert.Empty(model.Members);
    }

    [Theory]
    [InlineData("concept", SyntaxKind.ConceptDeclaration)]
    [InlineData("event", SyntaxKind.EventDeclaration)]
    public void Concepts_and_events(string keyword, SyntaxKind kind)
    {
        var member = Assert.IsType<ConceptDeclarationSyntax>(FmlText.Member($"@Author(\"me\") protected {keyword} Book extends Item, Thing inside Shelf {{ int pages; }}"));
        Assert.Equal(kind, member.Kind);
        Assert.Equal("Book", member.Identifier.Text);
        Assert.Equal(2, member.Extends!.Types.Count);
        Assert.Equal("Shelf", member.Inside!.Type.ToString());
        Assert.Single(member.Annotations);
        Assert.Equal([SyntaxKind.ProtectedKeyword], member.Modifiers.Select(m => m.Kind));
        Assert.IsType<PropertyDeclarationSyntax>(Assert.Single(member.Members));
    }

    [Fact]
    public void Nested_concepts()
    {
        var tree = FmlText.ParseValid("model M { concept A { concept B { concept C { } } int x; } }");
        var concepts = FmlText.All<ConceptDeclarationSyntax>(tree).Where(c => c.Kind == SyntaxKind.ConceptDeclaration).ToList();
        Assert.Equal(["A", "B", "C"], concepts.Select(c => c.Identifier.Text));
        Assert.Equal(2, concepts[0].Members.Count);
        Assert.Same(concepts[1], concepts[0].Members[0]);
    }

    [Fact]
    public void Enums()
    {
        var enumeration = Assert.IsType<EnumDeclarationSyntax>(FmlText.Member("public enum Genre { NOVEL, ESSAY, POETRY }"));
        Assert.Equal("Genre", enumeration.Identifier.Text);
        Assert.Equal(["NOVEL", "ESSAY", "POETRY"], enumeration.Values.Select(v => v.Identifier.Text));
        Assert.Equal(2, enumeration.Values.SeparatorCount);
        Assert.Equal([SyntaxKind.PublicKeyword], enumeration.Modifiers.Select(m => m.Kind));
        Assert.Empty(Assert.IsType<EnumDeclarationSyntax>(FmlText.Member("enum Empty { }")).Values);
    }

    [Fact]
    public void Enum_values_of_any_case_shape()
    {
        var enumeration = Assert.IsType<EnumDeclarationSyntax>(FmlText.Member("enum E { A, Low, high, X_1, end, model }"));
        Assert.Equal(["A", "Low", "high", "X_1", "end", "model"], enumeration.Values.Select(v => v.Identifier.Text));
        Assert.All(enumeration.Values, v => Assert.Equal(SyntaxKind.IdentifierToken, v.Identifier.Kind));
    }

    [Theory]
    [InlineData("model M { public public int x; }", "FML1023", "(1,18)-(1,24)")]
    [InlineData("model M { abstract abstract concept C { } }", "FML1023", "(1,20)-(1,28)")]
    [InlineData("model M { public private int x; }", "FML1024", "(1,18)-(1,25)")]
    [InlineData("model M { protected public int f() { return 1; } }", "FML1024", "(1,21)-(1,27)")]
    public void Repeated_or_conflicting_modifiers(string source, string code, string range)
    {
        var tree = FmlText.Parse(source);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(range, FmlText.Range(tree, diagnostic.Span));
    }

    [Theory]
    [InlineData("concept")]
    [InlineData("model")]
    [InlineData("event")]
    [InlineData("enum")]
    [InlineData("select")]
    [InlineData("delete")]
    [InlineData("from")]
    [InlineData("match")]
    public void Declared_names_may_be_contextual_keywords(string name)
    {
        var tree = FmlText.ParseValid($"model {name} {{ concept {name} {{ }} enum E{name} {{ {name} }} }}");
        Assert.All(FmlText.All<ConceptDeclarationSyntax>(tree), c => Assert.Equal(name, c.Identifier.Text));
        Assert.All(FmlText.All<ConceptDeclarationSyntax>(tree), c => Assert.Equal(SyntaxKind.IdentifierToken, c.Identifier.Kind));
    }

    /// <summary>
    /// The pre-2.99 syntax (@VirtualModel ... public class X { ... }) is recognised and reported once, not as a
    /// cascade of errors; its tokens are kept (skipped) so that the file still round-trips.
    /// </summary>
    [Theory]
    [InlineData("@VirtualModel(uri=\"http://x/Legacy.fml\")\npublic class Legacy {\n\t@FlexoConcept\n\tpublic class C { }\n}\n")]
    [InlineData("public class Legacy { }")]
    [InlineData("@A @B(1) @C(k=v) public abstract class X { @FlexoRole public String s; }")]
    public void Legacy_syntax_gives_exactly_one_FML1030(string source)
    {
        var tree = FmlText.Parse(source);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("FML1030", diagnostic.Code);
        Assert.Equal(0, diagnostic.Span.Start);
        var skipped = Assert.IsType<SkippedTokensSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal(source.TrimEnd(), skipped.ToString());
    }
}
