// CPU profile of a piece of work (node:inspector) and its summary: top functions by self time, and self time grouped
// by package, with the project's own code split by source file (read from the `// src/...` markers of the bundle).
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";

const SAMPLING_INTERVAL_MICROSECONDS = 200;

/** Runs `work` under the V8 sampling profiler and resolves to the profile (the .cpuprofile format). */
export async function profileOf(work) {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_MICROSECONDS });
    await session.post("Profiler.start");
    await work();
    const { profile } = await session.post("Profiler.stop");
    return profile;
  } finally {
    session.disconnect();
  }
}

/**
 * Self time of a profile, by function and by owner. `ownerOf(url, line, name)` names the owner of a frame (a package,
 * a source file); the default reads node_modules paths and bundle markers. A frame without a script (a regex, a
 * builtin) belongs to the nearest caller that has one, so a gazetteer regex counts for the file that runs it.
 */
export function summariseProfile(profile, { top = 15, ownerOf = bundleOwner() } = {}) {
  const totalSamples = profile.samples.length;
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const msPerSample = totalSamples > 0 ? totalMs / totalSamples : 0;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const hits = new Map();
  for (const sample of profile.samples) hits.set(sample, (hits.get(sample) ?? 0) + 1);
  const ownerOfNode = (node) => {
    for (let frame = node; frame !== undefined; frame = byId.get(parentOf.get(frame.id))) {
      if (frame.callFrame.url) return ownerOf(frame.callFrame.url, frame.callFrame.lineNumber, frame.callFrame.functionName);
    }
    return ownerOf("", node.callFrame.lineNumber, node.callFrame.functionName);
  };
  const functions = new Map();
  const owners = new Map();
  for (const node of profile.nodes) {
    const samples = hits.get(node.id) ?? 0;
    if (samples === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = isPseudoFrame(functionName) ? functionName : ownerOfNode(node);
    const key = `${functionName}\u0000${url}\u0000${lineNumber}\u0000${owner}`;
    const entry = functions.get(key) ?? { name: shortName(functionName), owner, line: url ? lineNumber + 1 : null, samples: 0 };
    entry.samples += samples;
    functions.set(key, entry);
    owners.set(owner, (owners.get(owner) ?? 0) + samples);
  }
  const share = (samples) => ({ selfMs: samples * msPerSample, percent: totalSamples > 0 ? (100 * samples) / totalSamples : 0 });
  return {
    totalMs,
    samples: totalSamples,
    functions: [...functions.values()]
      .sort((a, b) => b.samples - a.samples)
      .slice(0, top)
      .map(({ samples, ...entry }) => ({ ...entry, ...share(samples) })),
    owners: [...owners.entries()].sort((a, b) => b[1] - a[1]).map(([owner, samples]) => ({ owner, ...share(samples) })),
  };
}

// V8's own entries: time outside any script, which no caller owns.
function isPseudoFrame(functionName) {
  return ["(garbage collector)", "(program)", "(idle)", "(root)"].includes(functionName);
}

// A regex frame is named after its whole source; its head is enough to recognise it.
function shortName(functionName) {
  if (!functionName) return "(anonymous)";
  return functionName.length > 70 ? `${functionName.slice(0, 70)}…` : functionName;
}

/** Owner of a frame: V8's pseudo-frames, Node's internals, a package under node_modules, or a bundled source file. */
export function bundleOwner(readText = (path) => readFileSync(path, "utf8")) {
  const markersByFile = new Map();
  const markersOf = (path) => {
    if (!markersByFile.has(path)) {
      const markers = [];
      let text = "";
      try {
        text = readText(path);
      } catch {
        text = "";
      }
      text.split("\n").forEach((line, index) => {
        const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
        if (marker) markers.push({ line: index, source: marker[1] });
      });
      markersByFile.set(path, markers);
    }
    return markersByFile.get(path);
  };
  return (url, lineNumber, functionName) => {
    if (!url) return functionName.startsWith("(") ? functionName : "(no script)";
    if (url.startsWith("node:")) return "node internals";
    const path = url.startsWith("file:") ? fileURLToPath(url) : url;
    const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    if (inPackage) return inPackage[1];
    const markers = markersOf(path);
    let source = null;
    for (const marker of markers) {
      if (marker.line > lineNumber) break;
      source = marker.source;
    }
    if (source === null) return path.replace(/^.*\//, "");
    const bundledPackage = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    return bundledPackage ? bundledPackage[1] : source;
  };
}
