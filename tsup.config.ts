import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts", worker: "src/stream/worker.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: false,
  target: "node20",
  splitting: true,
  shims: true,
  // JSON inside dependencies is bundled: Node 20 will not import a bare .json specifier from ESM.
  noExternal: [/\.json$/],
});
