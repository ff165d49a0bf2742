namespace Flexo.Adapters.Csv.Text;

/// <summary>
/// One record of a CSV text, as found by <see cref="CsvScanner"/>: where it starts, how long its content is (without
/// the line ending), where each raw field starts, the line ending that follows it, and its first line.
/// </summary>
internal readonly record struct ScannedRecord(int Start, int Length, int[] FieldStarts, string Terminator, int Line);
