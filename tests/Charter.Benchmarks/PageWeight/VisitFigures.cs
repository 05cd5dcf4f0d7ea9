namespace Charter.Benchmarks.PageWeight;

/// <summary>
/// One visit of one page. <see cref="Requests"/> counts every request the page made, answered from
/// the cache or not; <see cref="NetworkRequests"/> those that went over the network.
/// <see cref="TransferredBytes"/> is what came over the network (headers and bodies, as sent,
/// compressed); <see cref="SocketBytes"/> what came over the hub's WebSocket (which Chromium's
/// emulated link may not slow down). <see cref="JsGzipBytes"/> is the page's scripts, each gzipped at the smallest size,
/// whether or not they came from the cache. <see cref="TypingReadyMs"/> (pages with an editor) is
/// from the start of the navigation until a key typed into the first clause's text shows in it;
/// <see cref="LoadMs"/> until the load event.
/// </summary>
public sealed record VisitFigures(
    int Requests,
    int NetworkRequests,
    long TransferredBytes,
    long SocketBytes,
    long JsGzipBytes,
    int Scripts,
    double? TypingReadyMs,
    double LoadMs);
