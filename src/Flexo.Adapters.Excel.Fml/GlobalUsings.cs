global using Flexo.Adapters.Excel;
global using Flexo.Execution;
