using System.Text;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;

namespace Flexo.Fml.Tests.Semantics.Java;

/// <summary>
/// The Java table is well formed and docs/java-compat.md shows exactly what it contains. After an intended change of the
/// table, regenerate the documented table with <c>FLEXO_UPDATE_BASELINES=1 dotnet test tests/Flexo.Fml.Tests</c>.
/// </summary>
public sealed class JavaTableTests
{
    private const string Begin = "<!-- BEGIN GENERATED MEMBER TABLE (JavaTableTests) -->";
    private const string End = "<!-- END GENERATED MEMBER TABLE -->";

    [Fact]
    public void Member_ids_are_unique_and_every_member_can_be_instantiated()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cls in JavaClassTable.Classes)
        {
            foreach (var member in cls.Members)
            {
                Assert.True(ids.Add(member.Id), $"duplicate id {member.Id}");
                Assert.StartsWith(cls.Name + ".", member.Id, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(member.Mapping), member.Id);
                var instance = JavaClassTable.Instantiate(new JavaClassTable.Candidate(member, null), arguments: null, asProperty: false);
                Assert.DoesNotContain(instance.ParameterTypes.Append(instance.ReturnType), t => ContainsTypeParameter(t));
            }
        }

        Assert.True(ids.Count > 250, $"only {ids.Count} members");
    }

    [Fact]
    public void Every_class_resolves_by_its_qualified_name_and_its_supertypes_are_known()
    {
        foreach (var cls in JavaClassTable.Classes)
        {
            Assert.True(JavaLibrary.IsKnownClass(cls.QualifiedName), cls.QualifiedName);
            foreach (var supertype in cls.Supertypes)
            {
                Assert.NotNull(JavaClassTable.ByQualifiedName(supertype.QualifiedName));
                Assert.Equal(
                    JavaClassTable.ByQualifiedName(supertype.QualifiedName)!.TypeParameters.Length,
                    supertype.TypeArguments.Length);
            }
        }
    }

    [Fact]
    public void Malformed_table_entries_are_programming_errors()
    {
        var owner = JavaClassTable.ByQualifiedName(JavaNames.String)!;
        var names = JavaClassTable.Classes.ToDictionary(c => c.Name, c => c.QualifiedName);
        Assert.Throws<InvalidOperationException>(() => SignatureParser.ParseMember(owner, "int length()", names));
        Assert.Throws<InvalidOperationException>(() => SignatureParser.ParseMember(owner, "Foo bar() | x", names));
        Assert.Throws<InvalidOperationException>(() => SignatureParser.ParseMember(owner, "int MAX | x", names));
        Assert.Throws<InvalidOperationException>(() => SignatureParser.ParseMember(owner, "int f(int... , int) | x", names));
        Assert.Throws<InvalidOperationException>(() => SignatureParser.ParseMember(owner, "int f(int | x", names));
    }

    [Fact]
    public void Java_compat_document_lists_every_member()
    {
        var path = Path.Join(FindRepositoryRoot(), "docs", "java-compat.md");
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/java-compat.md must contain the markers {Begin} and {End}");
        var current = document[(begin + Begin.Length)..end];
        var expected = "\n" + GenerateTable() + "\n";
        if (current != expected && Environment.GetEnvironmentVariable("FLEXO_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, document[..(begin + Begin.Length)] + expected + document[end..]);
            return;
        }

        Assert.Equal(expected, current);
    }

    private static string GenerateTable()
    {
        var text = new StringBuilder();
        foreach (var cls in JavaClassTable.Classes)
        {
            var parameters = cls.IsGeneric ? $"<{string.Join(",", cls.TypeParameters)}>" : "";
            text.Append("\n### ").Append(cls.Name).Append(parameters).Append('\n').Append('\n');
            text.Append('`').Append(cls.QualifiedName).Append('`');
            if (cls.Supertypes.Length > 0)
            {
                text.Append(", extends ").Append(string.Join(", ", cls.Supertypes.Select(s => "`" + s.DisplayName + "`")));
            }

            text.Append(". On .NET: ").Append(Cell(cls.DotNetType)).Append(".\n");
            if (cls.Members.IsEmpty)
            {
                text.Append("\nNo members of its own.\n");
                continue;
            }

            text.Append("\n| Java member (id) | FML signature | .NET behaviour | run-time errors |\n|---|---|---|---|\n");
            foreach (var member in cls.Members)
            {
                text.Append("| `").Append(member.Id).Append("` | `").Append(member.Signature).Append("` | ")
                    .Append(Cell(member.Mapping)).Append(" | ").Append(member.Errors is null ? "" : Cell(member.Errors)).Append(" |\n");
            }
        }

        return text.ToString().Trim('\n');
    }

    /// <summary>Escapes what Markdown would read as table separators, HTML tags or emphasis.</summary>
    private static string Cell(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "\\<", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal);

    private static bool ContainsTypeParameter(FmlType type) => type switch
    {
        TypeParameterType => true,
        ClassType c => c.TypeArguments.Any(ContainsTypeParameter),
        WildcardType { Bound: { } bound } => ContainsTypeParameter(bound),
        _ => false,
    };

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Join(folder.FullName, "Flexo.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding Flexo.sln) was not found.");
    }
}
