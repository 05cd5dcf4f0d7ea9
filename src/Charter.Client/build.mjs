// Bundles the browser code into the top-level wwwroot/dist that Charter.Web serves.
// Uses esbuild's JavaScript API rather than its bin/ launcher: the API finds the platform binary
// from the optional @esbuild/* package, so it works even when npm skipped esbuild's install script.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  format: "esm",
  outfile: "../../wwwroot/dist/charter.js",
  minify: true,
  sourcemap: true,
  target: ["es2020"],
  logLevel: "warning",
});
