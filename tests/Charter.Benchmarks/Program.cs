using Charter.Benchmarks;

if (args.Length == 2 && args[0] == "trace")
{
    var result = TraceReplay.Run(args[1]);
    Console.WriteLine(result.ToJson());
    return result.Ok ? 0 : 1;
}

Console.Error.WriteLine("usage: Charter.Benchmarks trace <file.json.gz>");
return 2;
