// The one door to compromise and chrono-node. Node builds load them on first use; the browser build swaps
// `./on-first-use.js` for `./bundled.js` (tsup.config.ts), where a bundler must see the imports to include them.
export { loadChrono, loadCompromise } from "./on-first-use.js";
