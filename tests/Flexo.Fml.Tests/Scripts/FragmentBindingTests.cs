using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Semantics.Checker;
using static Flexo.Fml.Tests.Scripts.FragmentFixture;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>Fragments bound in a script (no current instance): variables, new variables by assignment, names of models and concepts.</summary>
public sealed class FragmentBindingTests
{
    private static Compilation C => Shared;

    private static ConceptType Instance(string model, string concept) => new(Concept(C, model, concept));

    [Fact]
    public void A_new_model_instance_assigned_to_a_new_name_declares_a_variable_of_the_model_s_type()
    {
        var fragment = BindClean(C, "myVMI = new HelloWorld() with (name=\"test1\")", FragmentContext.Script);
        var declared = fragment.DeclaredVariable!;
        Assert.Equal("myVMI", declared.Name);
        Assert.Equal(new ConceptType(Model(C, "HelloWorld")), declared.Type);
        var assignment = Assert.IsType<BoundAssignment>(fragment.Expression);
        Assert.Same(declared, Assert.IsType<BoundLocal>(assignment.Target).Local);
        var creation = Assert.IsType<BoundNewInstance>(assignment.Value);
        Assert.Equal("HelloWorld", creation.Concept.Name);
        Assert.Equal("name", Assert.Single(creation.Options).Key);
        Assert.Empty(fragment.Variables);
    }

    [Fact]
    public void A_variable_of_the_context_is_a_local_the_host_gives_a_value()
    {
        var context = Script(("myVMI", new ConceptType(Model(C, "HelloWorld"))));
        var fragment = BindClean(C, "myVMI.printHello()", context);
        var call = Assert.IsType<BoundBehaviourCall>(fragment.Expression);
        Assert.Equal("printHello", call.Behaviour.Name);
        Assert.Same(fragment.Variables["myVMI"], Assert.IsType<BoundLocal>(call.Receiver).Local);
        Assert.Null(fragment.DeclaredVariable);
    }

    [Fact]
    public void A_creation_in_an_instance_with_a_named_scheme_binds_the_scheme_and_the_container()
    {
        var context = Script(("myVMI", new ConceptType(Model(C, "HelloWorld"))));
        var fragment = BindClean(C, "a = myVMI.new ConceptA::init()", context);
        var creation = Assert.IsType<BoundNewInstance>(Assert.IsType<BoundAssignment>(fragment.Expression).Value);
        Assert.Equal("init", creation.CreationScheme!.Name);
        Assert.IsType<BoundLocal>(creation.Container);
        Assert.Equal(Instance("HelloWorld", "ConceptA"), fragment.DeclaredVariable!.Type);
    }

    [Fact]
    public void A_select_gives_the_new_variable_the_selected_type()
    {
        var context = Script(("vmi", new ConceptType(Model(C, "HelloWorld"))));
        var fragment = BindClean(C, "x = select unique ConceptA from vmi where (selected.n == 2);", context);
        Assert.IsType<BoundSelect>(Assert.IsType<BoundAssignment>(fragment.Expression).Value);
        Assert.Equal(Instance("HelloWorld", "ConceptA"), fragment.DeclaredVariable!.Type);
        var all = BindClean(C, "all = select ConceptA from vmi", context);
        Assert.Equal("List<ConceptA>", all.DeclaredVariable!.Type.DisplayName);
    }

    [Fact]
    public void Reassigning_a_variable_with_a_value_its_type_holds_assigns_the_same_local()
    {
        var fragment = BindClean(C, "total = total * 3", Script(("total", PrimitiveType.Int)));
        var assignment = Assert.IsType<BoundAssignment>(fragment.Expression);
        Assert.Same(fragment.Variables["total"], Assert.IsType<BoundLocal>(assignment.Target).Local);
        Assert.Null(fragment.DeclaredVariable);
    }

    [Fact]
    public void Reassigning_a_variable_with_a_value_of_another_type_declares_it_again_with_that_type()
    {
        var fragment = BindClean(C, "total = \"n=\" + total", Script(("total", PrimitiveType.Int)));
        var assignment = Assert.IsType<BoundAssignment>(fragment.Expression);
        var declared = fragment.DeclaredVariable!;
        Assert.Equal(ClassType.String, declared.Type);
        Assert.Same(declared, Assert.IsType<BoundLocal>(assignment.Target).Local);

        // The old value is still read through the context's local.
        var read = Assert.IsType<BoundLocal>(Assert.IsType<BoundBinary>(assignment.Value).Right);
        Assert.Same(fragment.Variables["total"], read.Local);
    }

    [Fact]
    public void Assigning_null_to_a_new_name_gives_an_object_variable()
    {
        Assert.Equal(ClassType.Object, BindClean(C, "x = null", FragmentContext.Script).DeclaredVariable!.Type);
    }

    [Fact]
    public void A_compound_assignment_to_a_new_name_is_an_unknown_name()
    {
        Assert.Equal("FML2002@0", Codes(C.BindFragment("x += 1", FragmentContext.Script)));
    }

    [Fact]
    public void A_new_variable_cannot_read_itself()
    {
        Assert.Equal("FML2002@4", Codes(C.BindFragment("x = x + 1", FragmentContext.Script)));
    }

    [Fact]
    public void Assigning_a_void_call_is_FML6023()
    {
        var context = Script(("vmi", new ConceptType(Model(C, "HelloWorld"))));
        var fragment = C.BindFragment("x = vmi.printHello()", context);
        Assert.Equal("FML6023@4", Codes(fragment));
        Assert.Null(fragment.DeclaredVariable);
        Assert.Equal("FML6023@4", Codes(C.BindFragment("x = log \"a\"", FragmentContext.Script)));
    }

    [Theory]
    [InlineData("this", "FML6020@0")]
    [InlineData("container", "FML6020@0")]
    [InlineData("this.greeting", "FML6020@0")]
    [InlineData("super.printHello()", "FML6020@0")]
    [InlineData("super(1)", "FML6020@0")]
    [InlineData("this.super.printHello()", "FML6020@0")]
    [InlineData("super_HelloWorld.printHello()", "FML2002@0")]
    [InlineData("greeting", "FML2002@0")]
    [InlineData("printHello()", "FML2002@0")]
    [InlineData("parameters", "FML2002@0")]
    public void A_script_has_no_current_instance(string text, string codes)
    {
        Assert.Equal(codes, Codes(C.BindFragment(text, FragmentContext.Script)));
    }

    [Fact]
    public void A_new_concept_instance_without_its_container_is_FML6022()
    {
        var fragment = C.BindFragment("a = new ConceptA::init()", FragmentContext.Script);
        Assert.Equal("FML6022@8", Codes(fragment));
        Assert.Equal("In a script, a new 'ConceptA' needs the instance that will contain it: write 'vmi.new ConceptA(...)'.", fragment.Diagnostics[0].Message);
    }

    [Fact]
    public void A_new_model_instance_without_a_name_is_FML3011_as_in_a_body()
    {
        Assert.Equal("FML3011@8", Codes(C.BindFragment("m = new HelloWorld()", FragmentContext.Script)));
    }

    [Fact]
    public void Models_and_concepts_of_every_unit_resolve_by_simple_name()
    {
        var model = BindClean(C, "m = HelloWorld", FragmentContext.Script);
        Assert.Equal(new ConceptMetaType(Model(C, "HelloWorld")), model.DeclaredVariable!.Type);
        var concept = BindClean(C, "Basket", FragmentContext.Script);
        Assert.Equal("Basket", Assert.IsType<BoundConceptReference>(concept.Expression).Concept.Name);
        var nested = BindClean(C, "Inner", FragmentContext.Script);
        Assert.Equal("Inner", Assert.IsType<BoundConceptReference>(nested.Expression).Concept.Name);
        var enumValue = BindClean(C, "Color.GREEN", FragmentContext.Script);
        Assert.Equal("GREEN", Assert.IsType<BoundEnumValue>(enumValue.Expression).Value.Name);
        var shop = Script(("shop", new ConceptType(Model(C, "Shop"))));
        BindClean(C, "b = shop.new Basket()", shop);
    }

    [Fact]
    public void A_simple_name_several_units_declare_is_FML6021_and_the_model_s_name_disambiguates()
    {
        var compilation = CheckerFixture.Compile(("Shop.fml/Shop.fml", Shop), ("Warehouse.fml/Warehouse.fml", Warehouse));
        var context = Script(("w", new ConceptType(compilation.FindModel("Warehouse"))));
        var asType = compilation.BindFragment("i = w.new Item()", context);
        Assert.Equal("FML6021@10", Codes(asType));
        Assert.Equal("Ambiguous name 'Item': it may be Shop.Item or Warehouse.Item; write the model's name before it (Model.Item).",
            asType.Diagnostics[0].Message);
        Assert.Equal("FML6021@0", Codes(compilation.BindFragment("Item", context)));
        Assert.Equal("FML6021@7", Codes(compilation.BindFragment("select Item from w", context)));

        var qualified = BindClean(compilation, "i = w.new Warehouse.Item()", context);
        Assert.Equal("Warehouse", ((ConceptType)qualified.DeclaredVariable!.Type).Concept!.OwningModel.Name);
        var asValue = BindClean(compilation, "Warehouse.Item", context);
        Assert.Equal("Warehouse", Assert.IsType<BoundConceptReference>(asValue.Expression).Concept.OwningModel.Name);
    }

    [Fact]
    public void Java_types_and_the_java_library_bind_as_in_bodies()
    {
        var list = BindClean(C, "l = new ArrayList<String>()", FragmentContext.Script);
        Assert.Equal("ArrayList<String>", list.DeclaredVariable!.Type.DisplayName);
        Assert.IsType<BoundJavaMember>(BindClean(C, "Math.max(1, 2)", FragmentContext.Script).Expression);
        var length = BindClean(C, "n = \"abc\".length()", FragmentContext.Script);
        Assert.Equal(PrimitiveType.Int, length.DeclaredVariable!.Type);
        Assert.Equal("FML2003@6", Codes(C.BindFragment("\"abc\".lenght()", FragmentContext.Script)));
    }

    [Fact]
    public void FML_actions_bind_in_a_script()
    {
        var context = Script(("a", Instance("HelloWorld", "ConceptA")), ("vmi", new ConceptType(Model(C, "HelloWorld"))));
        Assert.IsType<BoundLog>(BindClean(C, "log \"n = \" + a.n", context).Expression);
        Assert.IsType<BoundDelete>(BindClean(C, "delete a", context).Expression);
        Assert.IsType<BoundTechnologyAction>(BindClean(C, "FMLRT::NewInstance(conceptType=a.conceptType, container=vmi)", context).Expression);
        var set = BindClean(C, "s = begin match ConceptA from vmi", context);
        Assert.Equal("MatchingSet", set.DeclaredVariable!.Type.DisplayName);
    }

    [Fact]
    public void A_private_member_read_from_a_script_is_the_visibility_warning()
    {
        var fragment = C.BindFragment("a.secret", Script(("a", Instance("HelloWorld", "ConceptA"))));
        Assert.Equal("FML2028@2", Codes(fragment));
        Assert.False(fragment.HasErrors);
    }

    [Fact]
    public void Diagnostics_of_a_text_fragment_are_relative_to_the_text()
    {
        var fragment = C.BindFragment("  1 + nothing", FragmentContext.Script);
        Assert.Equal("FML2002@6", Codes(fragment));
        Assert.True(fragment.HasErrors);
        Assert.IsType<BoundBinary>(fragment.Expression);
    }

    [Theory]
    [InlineData("a = 1; b = 2", "FML6009@7")]
    [InlineData("1 2", "FML6009@2")]
    [InlineData("", "FML1012@0")]
    [InlineData("a = ", "FML1012@3")]
    [InlineData(")", "FML1012@0")]
    public void A_text_fragment_is_one_expression(string text, string codes)
    {
        Assert.Equal(codes, Codes(C.BindFragment(text, FragmentContext.Script)));
    }

    [Fact]
    public void A_text_fragment_may_end_with_a_semicolon()
    {
        BindClean(C, "x = 1;", FragmentContext.Script);
    }

    [Fact]
    public void Diagnostics_of_a_script_command_are_positions_in_the_script()
    {
        var script = ScriptSyntax.Parse("a = 1;\nb = zzz;", "s.fmlscript");
        var command = Assert.IsType<ScriptExpressionCommand>(script.Commands[1]);
        var fragment = C.BindFragment(command.Expression, Script(("a", PrimitiveType.Int)));
        var diagnostic = Assert.Single(fragment.Diagnostics);
        Assert.Equal("s.fmlscript(2,5): error FML2002: Unknown name 'zzz': no variable, property, parameter or type with this name is in scope.",
            diagnostic.Format(script.Text));
    }

    [Fact]
    public void An_assertion_condition_must_be_boolean()
    {
        var script = ScriptSyntax.Parse("assert total == 12;\nassert total;");
        var context = Script(("total", PrimitiveType.Int));
        var good = C.BindCondition(((ScriptAssertCommand)script.Commands[0]).Condition, context);
        Assert.Empty(good.Diagnostics);
        Assert.Equal(PrimitiveType.Boolean, good.Expression.Type);
        var bad = C.BindCondition(((ScriptAssertCommand)script.Commands[1]).Condition, context);
        Assert.Equal("FML2014@27", Codes(bad));
    }

    [Fact]
    public void Binding_a_fragment_with_errors_leaves_the_compilation_s_diagnostics_alone()
    {
        var compilation = CheckerFixture.Compile(("HelloWorld.fml/HelloWorld.fml", HelloWorld), ("Shop.fml/Shop.fml", Shop));
        var before = CheckerFixture.Format(compilation);
        Assert.True(compilation.BindFragment("nothing + this", FragmentContext.Script).HasErrors);
        Assert.True(compilation.BindFragment("nothing", new FragmentContext(Concept(compilation, "HelloWorld", "ConceptA"))).HasErrors);
        Assert.Equal(before, CheckerFixture.Format(compilation));
    }

    [Fact]
    public void A_concept_of_another_compilation_is_refused()
    {
        var other = CheckerFixture.Compile(("Shop.fml/Shop.fml", Shop));
        var concept = other.FindModel("Shop")!;
        Assert.Throws<ArgumentException>(() => C.BindFragment("1", new FragmentContext(concept)));
    }

    [Fact]
    public void A_syntax_only_compilation_binds_nothing()
    {
        var compilation = Compilation.Create([CheckerFixture.Document("Shop.fml/Shop.fml", Shop)], CompilationOptions.Default with { SyntaxOnly = true });
        Assert.Throws<InvalidOperationException>(() => compilation.BindFragment("1", FragmentContext.Script));
    }

    [Fact]
    public void A_later_variable_of_the_context_replaces_an_earlier_one()
    {
        var context = Script(("x", PrimitiveType.Int)).WithVariable("x", ClassType.String).WithVariable("y", PrimitiveType.Boolean);
        Assert.Equal(["x", "y"], context.Variables.Select(v => v.Name));
        Assert.Equal(ClassType.String, context.Variables[0].Type);
        Assert.Equal(ClassType.String, BindClean(C, "x", context).Expression.Type);
    }

    [Fact]
    public void Fragments_bind_from_several_threads_at_once()
    {
        var compilation = CheckerFixture.Compile(("HelloWorld.fml/HelloWorld.fml", HelloWorld), ("Shop.fml/Shop.fml", Shop));
        var inner = Concept(compilation, "HelloWorld", "Inner");
        var results = new BoundFragment[64];
        Parallel.For(0, results.Length, i => results[i] = i % 2 == 0
            ? compilation.BindFragment("describe() + n + greeting", new FragmentContext(inner))
            : compilation.BindFragment("x = new ArrayList<String>()", FragmentContext.Script));
        Assert.All(results, r => Assert.Empty(r.Diagnostics));
    }

    [Fact]
    public void D24_reassigning_a_script_variable_binds_every_command_of_the_scenario()
    {
        // The host's part, simulated: each variable takes the type of its last value.
        var script = ScriptSyntax.Parse("""
            total = 4;
            total = total * 3;
            label = "n=";
            label = label + total;
            assert total == 12;
            assert label == "n=12";
            total = total + 0;
            assert total == 12;
            """);
        Assert.Empty(script.Diagnostics);
        var context = FragmentContext.Script;
        var declared = new List<string>();
        foreach (var command in script.Commands)
        {
            var fragment = command switch
            {
                ScriptAssertCommand assert => C.BindCondition(assert.Condition, context),
                ScriptExpressionCommand expression => C.BindFragment(expression.Expression, context),
                _ => throw new InvalidOperationException(),
            };
            Assert.Empty(fragment.Diagnostics);
            if (fragment.DeclaredVariable is { } variable)
            {
                declared.Add(variable.Name + ":" + variable.Type.DisplayName);
                context = context.WithVariable(variable.Name, variable.Type);
            }
        }

        Assert.Equal(["total:int", "label:String"], declared);
    }
}
