using Charter.Benchmarks;
using Charter.Benchmarks.Flood;
using Charter.Benchmarks.Load;
using Charter.Benchmarks.PageWeight;

if (args.Length == 2 && args[0] == "trace")
{
    var result = TraceReplay.Run(args[1]);
    Console.WriteLine(result.ToJson());
    return result.Ok ? 0 : 1;
}

if (args.Length == 3 && args[0] == "wire")
{
    Console.WriteLine(WireOperations.Run(args[1], args[2]));
    return 0;
}

if (args.Length >= 1 && args[0] == "load")
{
    var result = await LoadRun.RunAsync(LoadOptions.Parse(args[1..]));
    Console.WriteLine(result.ToJson());
    return 0;
}

if (args.Length >= 1 && args[0] == "flood")
{
    var result = await FloodRun.RunAsync(FloodOptions.Parse(args[1..]));
    Console.WriteLine(result.ToJson());
    return 0;
}

if (args.Length >= 1 && args[0] == "pageweight")
{
    await foreach (var page in PageWeightRun.RunAsync(PageWeightOptions.Parse(args[1..])))
    {
        Console.WriteLine(page.ToJson());
    }

    return 0;
}

if (args.Length == 3 && args[0] == "serve")
{
    await LoadServe.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    return 0;
}

Console.Error.WriteLine(
    "usage: Charter.Benchmarks trace <file.json.gz> | wire <state.v1.bin> <state.v2.bin> | load [--clients N] [--full-clients K] [--seconds S] [--interval MS]"
    + " | serve <people> <people.json> | flood [--users N] [--seconds S] [--interval MS] [--in-flight K]"
    + " | pageweight [--down-kbps 1600] [--up-kbps 750] [--rtt 300] [--cpu 4] [--pages /edit,/,/versions]");
return 2;
