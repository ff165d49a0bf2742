using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Flexo.Cli.Files;
using Flexo.Fml.Diagnostics;
using Flexo.Resources;

namespace Flexo.Cli.Output;

/// <summary>
/// Writes the result of <c>flexo check --format json</c>: one JSON document with the checked files and their URIs,
/// every diagnostic (one-based line and column of its start and end), the totals, the resource centers and the model
/// instance resources found. The shape is documented in docs/cli.md;
/// <see cref="SchemaVersion"/> changes only when a field is removed or changes meaning.
/// </summary>
internal static class JsonReportWriter
{
    /// <summary>The version of the document's shape.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report for <paramref name="files"/>, found in <paramref name="workspace"/>, to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files, Workspace workspace)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);

            json.WriteStartArray("files");
            foreach (var file in files)
            {
                var counts = DiagnosticCounts.Of(file.Diagnostics);
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                if (file.Uri is { } uri)
                {
                    json.WriteString("uri", uri);
                }

                json.WriteNumber("errors", counts.Errors);
                json.WriteNumber("warnings", counts.Warnings);
                json.WriteNumber("infos", counts.Infos);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("diagnostics");
            foreach (var file in files)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    WriteDiagnostic(json, file, diagnostic);
                }
            }

            json.WriteEndArray();

            var total = DiagnosticCounts.Of(files.SelectMany(f => f.Diagnostics));
            json.WriteStartObject("summary");
            json.WriteNumber("files", files.Count);
            json.WriteNumber("filesWithErrors", files.Count(f => f.HasErrors));
            json.WriteNumber("errors", total.Errors);
            json.WriteNumber("warnings", total.Warnings);
            json.WriteNumber("infos", total.Infos);
            json.WriteEndObject();

            WriteResources(json, workspace);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    /// <summary>The name of a severity in JSON and in text output.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static void WriteResources(Utf8JsonWriter json, Workspace workspace)
    {
        json.WriteStartArray("resourceCenters");
        foreach (var center in workspace.ResourceCenters.DistinctBy(c => c.RootPath, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("root", center.RootPath);
            json.WriteString("baseUri", center.BaseUri);
            json.WriteString("baseUriFrom", center.BaseUriOrigin switch
            {
                BaseUriOrigin.MarkerFile => "marker",
                BaseUriOrigin.Explicit => "explicit",
                _ => "default",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("instances");
        foreach (var instance in workspace.Instances)
        {
            json.WriteStartObject();
            json.WriteString("path", instance.Path);
            json.WriteString("uri", instance.Instance.Uri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, CheckedFile file, Diagnostic diagnostic)
    {
        var start = file.Text.GetLinePosition(diagnostic.Span.Start);
        var end = file.Text.GetLinePosition(diagnostic.Span.End);
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteNumber("line", start.Line);
        json.WriteNumber("column", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteString("severity", SeverityName(diagnostic.Severity));
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }
}
