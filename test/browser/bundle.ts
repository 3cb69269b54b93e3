// The browser bundle a user's bundler makes: `import { extractDefections } from "defection-extractor"` through the
// package's own exports map, bundled by esbuild for the browser platform, where a Node built-in fails the build.
import { build, type Metafile } from "esbuild";
import { root } from "../cli/run-cli.js";

export interface BrowserBundle {
  code: string;
  metafile: Metafile;
}

/** An IIFE that sets `globalThis.defectionExtractor` to the package's browser API; needs the build in dist/. */
export async function bundleForBrowser(minify = false): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: `export * from "defection-extractor";`, resolveDir: root, loader: "js" },
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "defectionExtractor",
    minify,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no bundle");
  return { code: output.text, metafile: result.metafile };
}
