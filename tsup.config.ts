import { rmSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

// The browser build takes compromise and chrono-node from the bundle: src/load's door points at bundled.ts there.
const bundledModules: Plugin = {
  name: "bundled-modules",
  setup(build) {
    build.onResolve({ filter: /^\.\/on-first-use\.js$/ }, (args) => ({ path: `${args.resolveDir}/bundled.ts` }));
  },
};

const shared: Options = {
  format: ["esm", "cjs"],
  sourcemap: false,
  splitting: true,
  // JSON inside dependencies is bundled: Node 20 will not import a bare .json specifier from ESM.
  noExternal: [/\.json$/],
};

// tsup cleans once per build and runs the two builds at the same time, so the output folder is cleared here, once.
export default defineConfig((): Options[] => {
  rmSync("dist", { recursive: true, force: true });
  return [
    {
      ...shared,
      entry: { index: "src/index.ts", cli: "src/cli/main.ts", worker: "src/stream/worker.ts" },
      // One declaration pass for both entries: the browser build's types are the same code's.
      dts: { entry: { index: "src/index.ts", browser: "src/browser.ts" } },
      platform: "node",
      target: "node20",
      // Node reads `\p{...}` in regex literals (since Node 10), but for this target esbuild rewrites each such literal as
      // a `new RegExp(...)` call, which builds a fresh regex every time the function holding it runs (eight times the
      // cost of a literal's test on a word).
      esbuildOptions(options) {
        options.supported = { ...options.supported, "regexp-unicode-property-escapes": true };
      },
      shims: true,
    },
    {
      ...shared,
      entry: { browser: "src/browser.ts" },
      platform: "browser",
      target: "es2022",
      esbuildPlugins: [bundledModules],
    },
  ];
});
