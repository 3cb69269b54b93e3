// Size of the browser bundle: the package entry as a browser build resolves it (esbuild, platform browser, the
// package's own exports conditions), minified and gzipped.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Bundles `import * from "<package name>"` against the package folder `packageRoot` (the parent of the dist folder).
 * Resolves to `{ minifiedBytes, gzippedBytes }`, or `{ error }` with the first reason the build failed.
 */
export async function browserBundleSize(packageRoot, packageName) {
  const scratch = mkdtempSync(join(tmpdir(), "defection-bench-bundle-"));
  try {
    mkdirSync(join(scratch, "node_modules"));
    symlinkSync(packageRoot, join(scratch, "node_modules", packageName), "dir");
    const entry = join(scratch, "entry.js");
    writeFileSync(entry, `export * from ${JSON.stringify(packageName)};\n`);
    const output = await build({
      entryPoints: [entry],
      absWorkingDir: scratch,
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const code = output.outputFiles[0].contents;
    return { minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength };
  } catch (error) {
    return { error: firstReason(error) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function firstReason(error) {
  const first = error?.errors?.[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const where = first.location ? ` (${first.location.file.replace(/^.*?((?:node_modules|dist)\/)/, "$1")})` : "";
  const more = error.errors.length > 1 ? `, and ${error.errors.length - 1} more` : "";
  return `${first.text}${where}${more}`;
}
