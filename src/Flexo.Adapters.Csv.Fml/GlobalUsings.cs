global using Flexo.Adapters.Csv;
