using System.Text;
using Flexo.Fml.Semantics;

namespace Flexo.Benchmarks;

/// <summary>
/// A generated resource center for the checker benchmark: <c>files</c> models that import each other, each with a
/// chain of concepts (inheritance), properties, creation schemes, methods with loops, conditions, calls, selects and
/// Java members; and the same program as C# files for Roslyn. Deterministic: file i imports files (i+1, i+7, i+31).
/// </summary>
internal static class CheckCorpus
{
    public const int ConceptsPerFile = 6;

    public static IReadOnlyList<FmlDocument> Fml(int files)
    {
        var documents = new List<FmlDocument>(files);
        for (var i = 0; i < files; i++)
        {
            var uri = $"http://bench.example/rc/M{i}.fml";
            documents.Add(new FmlDocument($"M{i}.fml/M{i}.fml", FmlUnit(i, files), uri));
        }

        return documents;
    }

    public static IReadOnlyList<string> CSharp(int files) => [.. Enumerable.Range(0, files).Select(i => CSharpUnit(i, files))];

    /// <summary>The same unit with one statement changed in a behaviour body (what an editor sends on a keystroke).</summary>
    public static FmlDocument Edited(FmlDocument document, int version) =>
        document with { Text = document.Text.Replace("int total = 0;", $"int total = {version % 7};", StringComparison.Ordinal) };

    private static IEnumerable<int> Imports(int i, int files) => new[] { i + 1, i + 7, i + 31 }.Select(j => j % files).Where(j => j != i).Distinct();

    private static string FmlUnit(int i, int files)
    {
        var b = new StringBuilder();
        foreach (var j in Imports(i, files))
        {
            b.Append("import [\"http://bench.example/rc/M").Append(j).Append(".fml\"];\n");
        }

        b.Append("@URI(\"http://bench.example/rc/M").Append(i).Append(".fml\")\n");
        b.Append("public model M").Append(i).Append(" {\n\tint counter = 0;\n\tString label = \"m").Append(i).Append("\";\n");
        for (var k = 0; k < ConceptsPerFile; k++)
        {
            b.Append("\tpublic concept C").Append(i).Append('_').Append(k);
            if (k > 0)
            {
                b.Append(" extends C").Append(i).Append('_').Append(k - 1);
            }

            b.Append(" {\n");
            b.Append("\t\tString name").Append(k).Append(";\n\t\tint value").Append(k).Append(" = ").Append(k).Append(";\n");
            b.Append("\t\tList<String> tags").Append(k).Append(";\n");
            b.Append("\t\tcreate(String n, int v = 3) {\n\t\t\tname").Append(k).Append(" = parameters.n;\n\t\t\tvalue").Append(k)
                .Append(" = parameters.v * 2 + 1;\n\t\t}\n");
            for (var m = 0; m < 3; m++)
            {
                b.Append("\t\tpublic int compute").Append(m).Append("(int a, int b) {\n\t\t\tint total = 0;\n");
                b.Append("\t\t\tfor (int x = 0; x < a; x++) {\n\t\t\t\tif (x % 2 == 0 && b > x) {\n");
                b.Append("\t\t\t\t\ttotal = total + x * b - value").Append(k).Append(";\n\t\t\t\t}\n\t\t\t\telse {\n");
                b.Append("\t\t\t\t\ttotal += label.length() + counter;\n\t\t\t\t}\n\t\t\t}\n");
                b.Append("\t\t\tlog \"computed \" + total;\n\t\t\treturn total;\n\t\t}\n");
            }

            b.Append("\t}\n");
        }

        var other = Imports(i, files).First();
        b.Append("\tpublic int run() {\n");
        b.Append("\t\tC").Append(i).Append("_5 c = new C").Append(i).Append("_5(\"x\");\n");
        b.Append("\t\tList<C").Append(i).Append("_0> all = select C").Append(i).Append("_0 from this where (selected.value0 > 2);\n");
        b.Append("\t\tint s = 0;\n\t\tfor (C").Append(i).Append("_0 item : all) {\n\t\t\ts = s + item.compute0(3, 4);\n\t\t}\n");
        b.Append("\t\tC").Append(other).Append("_2 remote = new C").Append(other).Append("_2(\"r\", 4);\n");
        b.Append("\t\treturn s + c.compute2(1, 2) + remote.compute1(2, 3);\n\t}\n}\n");
        return b.ToString();
    }

    private static string CSharpUnit(int i, int files)
    {
        var b = new StringBuilder();
        b.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Bench;\n\n");
        b.Append("public class M").Append(i).Append("\n{\n\tpublic static int Counter = 0;\n\tpublic static string Label = \"m").Append(i).Append("\";\n");
        b.Append("\tpublic List<object> Instances { get; } = new List<object>();\n");
        for (var k = 0; k < ConceptsPerFile; k++)
        {
            b.Append("\tpublic class C").Append(i).Append('_').Append(k);
            if (k > 0)
            {
                b.Append(" : C").Append(i).Append('_').Append(k - 1);
            }

            b.Append("\n\t{\n\t\tpublic string Name").Append(k).Append(";\n\t\tpublic int Value").Append(k).Append(" = ").Append(k).Append(";\n");
            b.Append("\t\tpublic List<string> Tags").Append(k).Append(";\n");
            b.Append("\t\tpublic C").Append(i).Append('_').Append(k).Append("(string n, int v = 3)");
            if (k > 0)
            {
                b.Append(" : base(n, v)");
            }

            b.Append("\n\t\t{\n\t\t\tName").Append(k).Append(" = n;\n\t\t\tValue").Append(k).Append(" = v * 2 + 1;\n\t\t}\n");
            for (var m = 0; m < 3; m++)
            {
                b.Append("\t\tpublic int Compute").Append(m).Append(k).Append("(int a, int b)\n\t\t{\n\t\t\tint total = 0;\n");
                b.Append("\t\t\tfor (int x = 0; x < a; x++)\n\t\t\t{\n\t\t\t\tif (x % 2 == 0 && b > x)\n\t\t\t\t{\n");
                b.Append("\t\t\t\t\ttotal = total + x * b - Value").Append(k).Append(";\n\t\t\t\t}\n\t\t\t\telse\n\t\t\t\t{\n");
                b.Append("\t\t\t\t\ttotal += Label.Length + Counter;\n\t\t\t\t}\n\t\t\t}\n");
                b.Append("\t\t\tConsole.WriteLine(\"computed \" + total);\n\t\t\treturn total;\n\t\t}\n");
            }

            b.Append("\t}\n");
        }

        var other = Imports(i, files).First();
        b.Append("\tpublic int Run()\n\t{\n");
        b.Append("\t\tvar c = new C").Append(i).Append("_5(\"x\");\n");
        b.Append("\t\tList<C").Append(i).Append("_0> all = Instances.OfType<C").Append(i).Append("_0>().Where(selected => selected.Value0 > 2).ToList();\n");
        b.Append("\t\tint s = 0;\n\t\tforeach (C").Append(i).Append("_0 item in all)\n\t\t{\n\t\t\ts = s + item.Compute00(3, 4);\n\t\t}\n");
        b.Append("\t\tvar remote = new M").Append(other).Append(".C").Append(other).Append("_2(\"r\", 4);\n");
        b.Append("\t\treturn s + c.Compute25(1, 2) + remote.Compute12(2, 3);\n\t}\n}\n");
        return b.ToString();
    }
}
