// Runs the engine off the keystroke path. An input only notes its time: one timer, armed by the
// first input of a burst, fires DEBOUNCE_MS after the latest one (re-arming itself for the rest
// when typing went on), so a keystroke costs a clock read rather than a clearTimeout/setTimeout
// pair. Then the run waits for an idle moment (at most IDLE_TIMEOUT_MS) so it never competes with
// the page's own handling of a key. A run reads a fresh text snapshot when it starts.
//
// DEBOUNCE_MS is tuned against the highlight-latency target (p95 ≤ 250 ms after the last key at
// 3,000 characters; docs/performance.md): the pause plus the idle wait, the round trip to the
// background and the next frame must fit in it on a loaded machine.
const DEBOUNCE_MS = 90;
const IDLE_TIMEOUT_MS = 100;

type IdleHandle = { cancel(): void };

function whenIdle(task: () => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(task, 0);
  return { cancel: () => clearTimeout(id) };
}

export class AnalysisScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idle: IdleHandle | undefined;
  private lastInput = 0;

  constructor(private readonly run: () => void) {}

  /** Called on every input: cheap, schedules only. */
  schedule(): void {
    this.lastInput = performance.now();
    if (this.idle) {
      // Typing resumed while the run waited for idle: wait for the next pause instead.
      this.idle.cancel();
      this.idle = undefined;
    }
    if (this.timer === undefined) this.arm(DEBOUNCE_MS);
  }

  /** A run is armed and hasn't started yet. */
  pending(): boolean {
    return this.timer !== undefined || this.idle !== undefined;
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.idle?.cancel();
    this.idle = undefined;
  }

  private arm(delay: number): void {
    this.timer = setTimeout(this.fire, delay);
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    const quiet = performance.now() - this.lastInput;
    if (quiet < DEBOUNCE_MS) return this.arm(DEBOUNCE_MS - quiet);
    this.idle = whenIdle(() => {
      this.idle = undefined;
      this.run();
    });
  };
}
