// Bundles the browser code and the style sheets into the top-level wwwroot/dist that Charter.Web
// serves, under names that carry a hash of their content, each with a brotli (.br) and a gzip
// (.gz) copy made here, once, at the best levels (the app serves those as they are). Writes
// wwwroot/dist/assets.json, which tells the app each file's hashed name and which chunks a page
// should preload; see Hosting/HashedAssets.cs.
//
// Uses esbuild's JavaScript API rather than its bin/ launcher: the API finds the platform binary
// from the optional @esbuild/* package, so it works even when npm skipped esbuild's install script.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const webRoot = "../../wwwroot";
const outdir = `${webRoot}/dist`;

// Clear the old hashed files so wwwroot/dist (and a publish) holds only the current ones.
rmSync(outdir, { recursive: true, force: true });

// Every style sheet in wwwroot/css is minified into dist/css under a hashed name; the sources stay
// where they are (and are still served, uncached, under their own names).
const styleSheets = readdirSync(`${webRoot}/css`).filter((name) => name.endsWith(".css"));

// The editor (yjs, CodeMirror, SignalR) is split into chunks that only the edit page imports,
// so the read view stays a few kilobytes.
const result = await build({
  entryPoints: [
    { in: "src/main.js", out: "charter" },
    ...styleSheets.map((name) => ({ in: `${webRoot}/css/${name}`, out: `css/${name.replace(/\.css$/, "")}` })),
  ],
  bundle: true,
  format: "esm",
  splitting: true,
  outdir,
  entryNames: "[dir]/[name]-[hash]",
  chunkNames: "chunks/[name]-[hash]",
  minify: true,
  sourcemap: "linked",
  target: ["es2020"],
  metafile: true,
  logLevel: "warning",
});

const outputs = result.metafile.outputs;
const servedPath = (output) => relative(webRoot, output).split("\\").join("/");

// The name each page asks for (its path before hashing) and the hashed file that answers it.
const files = {};
for (const [output, { entryPoint }] of Object.entries(outputs)) {
  if (entryPoint === "src/main.js") {
    files["dist/charter.js"] = servedPath(output);
  } else if (entryPoint?.endsWith(".css")) {
    files[`css/${entryPoint.split("/").pop()}`] = servedPath(output);
  }
}

// What a page that starts a session loads before it can do anything: the session's chunk and
// every chunk it imports statically. The page names them as modulepreload links, so the browser
// fetches them at once, in parallel with charter.js, instead of one after another.
const staticImportsOf = (output, into = new Set()) => {
  if (!into.has(output)) {
    into.add(output);
    for (const imported of outputs[output].imports.filter((i) => i.kind === "import-statement")) {
      staticImportsOf(imported.path, into);
    }
  }
  return into;
};
const preloadFor = (entryPoint) => {
  const output = Object.keys(outputs).find((name) => outputs[name].entryPoint === entryPoint);
  return [...staticImportsOf(output)].map(servedPath);
};
const preload = {
  editor: preloadFor("src/editSession.js"),
  translator: preloadFor("src/translateSession.js"),
};

writeFileSync(`${outdir}/assets.json`, JSON.stringify({ files, preload }, null, 2));

// Precompressed copies, made once here so the server never compresses a static file per request.
for (const output of Object.keys(outputs).filter((name) => /\.(js|css)$/.test(name))) {
  const content = readFileSync(output);
  writeFileSync(`${output}.br`, brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  }));
  writeFileSync(`${output}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
}
