// What the extension itself costs on a page's main thread, from a Chromium trace: the V8 sampling
// profile says which samples had chrome-extension:// code on the stack (promise continuations,
// Preact renders and layouts forced by our code included, which FunctionCall slices miss), and the
// trace's top-level tasks say which of them were long. Used by `npm run bench:browser`.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { type?: string; url?: string; startTime?: number } };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number };
}

/** One sampled stretch with our code on the stack, named by the innermost of our frames and by
 * what was actually running (a browser built-in, layout, GC, or the same frame). */
type Sample = [start: number, end: number, label: string];

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.cpu_profiler', '__metadata'];
/** The sampler's interval is ~0.2 ms; a longer gap is idle time, not the sampled frame running. */
const MAX_SAMPLE_MS = 1;
const EXTENSION = 'chrome-extension://';
const MARK = 'outloud-bench:measure';
const COMPILE = /^v8\.(compile|parse|produceModuleCache|produceCache)/i;

/** Traces `body` on `page`. The profiler starts (and stalls the first JS it meets) during a
 * warm-up; with `fromMark`, only what follows the warm-up counts (else a navigation in `body`
 * starts the counted part). */
async function trace(context: BrowserContext, page: Page, body: () => Promise<void>, fromMark: boolean): Promise<TraceEvent[]> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.waitForTimeout(500);
  await page.evaluate((mark) => performance.mark(mark), fromMark ? MARK : 'outloud-bench:warm-up');
  await body();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/** A trace of `body` (typing, pasting) on an open page. */
export function traceWhile(context: BrowserContext, page: Page, body: () => Promise<void>): Promise<TraceEvent[]> {
  return trace(context, page, body, true);
}

/** A trace of a navigation in `body`: everything in it counts. */
export function traceLoad(context: BrowserContext, page: Page, body: () => Promise<void>): Promise<TraceEvent[]> {
  return trace(context, page, body, false);
}

export interface Attribution {
  /** Main-thread milliseconds with extension code on the stack (or compiling/running our scripts). */
  extensionMs: number;
  /** Of those, inside the page's keydown/keypress/beforeinput/input/keyup dispatch: the keystroke path. */
  keystrokeMs: number;
  keys: number;
  /** Top-level main-thread tasks over 50 ms: duration and the extension's share. */
  longTasks: { ms: number; extensionMs: number }[];
  /** Where our time went, by our innermost frame (and what it was running), most first. */
  hotspots: { label: string; ms: number }[];
}

/** The page's renderer main thread: the one that dispatched the most events. */
function pageMainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { pid: 0, tid: 0, n: -1 };
  for (const m of mains) {
    const n = events.filter((e) => e.pid === m.pid && e.tid === m.tid && (e.name === 'EventDispatch' || e.name === 'ParseHTML')).length;
    if (n > best.n) best = { pid: m.pid, tid: m.tid, n };
  }
  return best;
}

/** [start, end) in trace microseconds of every sample taken with extension code on the stack. */
function extensionSamples(events: TraceEvent[], pid: number): Sample[] {
  const nodes = new Map<number, { parent?: number; ours: boolean; name: string }>();
  const clock = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.pid === pid) clock.set(e.id!, e.args!.data!.startTime!);
  const raw: { node: number; t: number }[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) {
      const url = n.callFrame.url ?? '';
      const file = url.slice(url.lastIndexOf('/') + 1);
      const name = `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${(n.callFrame.lineNumber ?? 0) + 1}` : ''}`;
      nodes.set(n.id, { parent: n.parent, ours: url.startsWith(EXTENSION), name });
    }
    let t = clock.get(e.id!) ?? 0;
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) raw.push({ node: samples[i]!, t: (t += deltas[i]!) });
    clock.set(e.id!, t);
  }
  raw.sort((a, b) => a.t - b.t);
  /** The innermost of our frames on a sample's stack, with the leaf when it is not that frame. */
  const label = (id: number): string | null => {
    const leaf = nodes.get(id);
    for (let n = leaf; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      if (n.ours) return n === leaf ? n.name : `${n.name} > ${leaf!.name}`;
    }
    return null;
  };
  const out: Sample[] = [];
  for (let i = 0; i + 1 < raw.length; i++) {
    const name = label(raw[i]!.node);
    if (name !== null) out.push([raw[i]!.t, raw[i]!.t + Math.min(raw[i + 1]!.t - raw[i]!.t, MAX_SAMPLE_MS * 1000), name]);
  }
  return out;
}

function merge(intervals: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Total length of a set of intervals, overlaps counted once; optionally clipped to [from, to). */
function unionMs(intervals: [number, number][], from = -Infinity, to = Infinity): number {
  const clipped = intervals.map(([s, e]): [number, number] => [Math.max(s, from), Math.min(e, to)]).filter(([s, e]) => e > s);
  return merge(clipped).reduce((sum, [s, e]) => sum + e - s, 0) / 1000;
}

/** `intervals` with the parts inside any of `holes` removed. */
function subtract(intervals: [number, number][], holes: [number, number][]): [number, number][] {
  let out = intervals;
  for (const [hs, he] of holes) {
    out = out.flatMap(([s, e]): [number, number][] => (e <= hs || s >= he ? [[s, e]] : [...(s < hs ? [[s, hs] as [number, number]] : []), ...(e > he ? [[he, e] as [number, number]] : [])]));
  }
  return out;
}

const KEY_PATH = new Set(['keydown', 'keypress', 'textInput', 'beforeinput', 'input', 'keyup']);

export function attribute(events: TraceEvent[]): Attribution {
  const { pid, tid } = pageMainThread(events);
  const from = events.find((e) => e.name === MARK && e.pid === pid)?.ts ?? -Infinity;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from);
  // The profile's samples with our frames on the stack, and the main-thread compilation of our
  // scripts (which has no JS frame to sample). Not FunctionCall slices: the microtask checkpoint
  // after a listener runs inside its slice, so ours would be charged with the page's microtasks.
  const labelled: Sample[] = [
    ...main.filter((e) => COMPILE.test(e.name) && JSON.stringify(e.args ?? {}).includes(EXTENSION)).map((e): Sample => [e.ts, e.ts + e.dur!, `(${e.name})`]),
    ...extensionSamples(events, pid).filter(([s]) => s >= from),
  ];
  // Starting the profiler stalls whatever JS runs first for up to hundreds of ms: neither the
  // page's time nor ours, so those stretches are cut out.
  const stalls = main.filter((e) => e.name === 'CpuProfiler::StartProfiling').map((e) => [e.ts, e.ts + e.dur!] as [number, number]);
  const ours = subtract(labelled.map(([s, e]): [number, number] => [s, e]), stalls);
  const byLabel = new Map<string, number>();
  for (const [s, e, label] of labelled) byLabel.set(label, (byLabel.get(label) ?? 0) + unionMs(subtract([[s, e]], stalls)));
  const hotspots = [...byLabel].map(([label, ms]) => ({ label, ms })).sort((a, b) => b.ms - a.ms);
  const dispatch = main.filter((e) => e.name === 'EventDispatch' && KEY_PATH.has(e.args?.data?.type ?? ''));
  // keypress holds textInput, which holds input: merge them before measuring what is ours inside.
  const keystrokeMs = merge(dispatch.map((e) => [e.ts, e.ts + e.dur!])).reduce((sum, [s, e]) => sum + unionMs(ours, s, e), 0);
  const longTasks = main
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur! > 50_000)
    .filter((t) => !stalls.some(([s]) => s >= t.ts && s < t.ts + t.dur!))
    .map((t) => ({ ms: t.dur! / 1000, extensionMs: unionMs(ours, t.ts, t.ts + t.dur!) }));
  return {
    extensionMs: unionMs(ours),
    keystrokeMs,
    keys: dispatch.filter((e) => e.args?.data?.type === 'keydown').length,
    longTasks,
    hotspots,
  };
}
