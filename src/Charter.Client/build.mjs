// Bundles the browser code into the top-level wwwroot/dist that Charter.Web serves.
// Uses esbuild's JavaScript API rather than its bin/ launcher: the API finds the platform binary
// from the optional @esbuild/* package, so it works even when npm skipped esbuild's install script.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry a content hash; clear the old ones so wwwroot/dist (and a publish) holds
// only what the current entry point imports.
rmSync("../../wwwroot/dist", { recursive: true, force: true });

// The editor (yjs, CodeMirror, SignalR) is split into chunks that only the edit page imports,
// so the read view stays a few kilobytes.
await build({
  entryPoints: { charter: "src/main.js" },
  bundle: true,
  format: "esm",
  splitting: true,
  outdir: "../../wwwroot/dist",
  chunkNames: "chunks/[name]-[hash]",
  minify: true,
  sourcemap: true,
  target: ["es2020"],
  logLevel: "warning",
});
