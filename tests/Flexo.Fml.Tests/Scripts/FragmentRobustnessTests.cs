using System.Text;
using Flexo.Fml.Semantics;
using Flexo.Fml.Tests.Infrastructure;
using static Flexo.Fml.Tests.Scripts.FragmentFixture;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>Binding any text as a fragment, in a script or on an instance, never throws and reports inside the text.</summary>
public sealed class FragmentRobustnessTests
{
    private static readonly string[] s_pieces =
    [
        "this", "container", "super", "super_ConceptA", "parameters", "selected", "a", "vmi", "m", "n", "greeting", "x",
        "ConceptA", "ConceptB", "Inner", "HelloWorld", "Color", "GREEN", "Math", "String", "ArrayList<String>", "Item",
        "new", "select", "unique", "from", "where", "log", "delete", "fire", "match", "begin", "end", "create", "with",
        "instanceof", "name", "uri", "concepts", "getFlexoConcept", "isSuperConceptOf", "conceptType", "virtualModelType",
        "enumValues", "printHello", "twice", "describe", "init", "FMLRT::NewInstance",
        ".", ".", "(", ")", "(", ")", ",", "=", "==", "+", "-", "*", "/", "?", ":", "::", "!", "&&", "++", ";",
        "1", "2.5", "\"s\"", "'c'", "null", "true",
    ];

    [Fact]
    public void Random_fragments_bind_without_throwing()
    {
        var compilation = Shared;
        var contexts = new[]
        {
            Script(("a", new ConceptType(Concept(compilation, "HelloWorld", "ConceptA"))), ("vmi", new ConceptType(Model(compilation, "HelloWorld"))),
                ("m", new ConceptMetaType(Model(compilation, "HelloWorld"))), ("x", PrimitiveType.Int)),
            new FragmentContext(Concept(compilation, "HelloWorld", "Inner"), [new FragmentVariable("x", ClassType.String)]),
            new FragmentContext(Model(compilation, "HelloWorld")),
        };
        var random = new Random(1234);
        Guard.WatchedBatch(
            started =>
            {
                for (var i = 0; i < 4000; i++)
                {
                    var text = new StringBuilder();
                    for (var j = random.Next(1, 14); j > 0; j--)
                    {
                        text.Append(s_pieces[random.Next(s_pieces.Length)]).Append(random.Next(2) == 0 ? " " : string.Empty);
                    }

                    var fragmentText = text.ToString();
                    started("fragment " + i, fragmentText);
                    var fragment = compilation.BindFragment(fragmentText, contexts[i % contexts.Length]);
                    Assert.NotNull(fragment.Expression);
                    Assert.All(fragment.Diagnostics, d => Assert.True(d.Span.Start >= 0 && d.Span.End <= fragmentText.Length, $"{d} outside '{fragmentText}'"));
                }
            },
            "random fragments",
            Guard.HangTimeout);
    }
}
