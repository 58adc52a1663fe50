// Runs the engine off the keystroke path: an input event only (re)arms a 150 ms timer; when it
// fires, the analysis waits for an idle moment (at most 300 ms more) so it never competes with the
// page's own handling of a key. A run reads a fresh text snapshot when it starts.
const DEBOUNCE_MS = 150;
const IDLE_TIMEOUT_MS = 300;

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

  constructor(private readonly run: () => void) {}

  /** Called on every input: cheap, schedules only. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.idle = whenIdle(() => {
        this.idle = undefined;
        this.run();
      });
    }, DEBOUNCE_MS);
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
}
