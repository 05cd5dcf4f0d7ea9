Console.Error.WriteLine("usage: Charter.Benchmarks trace <file.json.gz>");
return 2;
