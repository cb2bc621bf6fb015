using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NewsClassifier.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
