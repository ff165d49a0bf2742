namespace Flexo.Adapters.Csv;

/// <summary>A condition on a streamed row; the view is only valid during the call.</summary>
/// <param name="row">The current row.</param>
public delegate bool CsvRowPredicate(CsvRowView row);
