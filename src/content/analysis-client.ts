// Asks the background to analyse a text snapshot (see src/messaging/analysis.ts). A slow or
// missing answer (the worker crashed, the extension was reloaded under this tab) becomes an
// "unavailable" error the pill can show, never an exception in the page.
import { ext } from './browser-api.js';
import { ANALYZE_MESSAGE, type AnalyzeRequest, type AnalyzeResponse, type ShownFinding } from '../messaging/analysis.js';

/** A cold worker starts, loads the engine and builds its lexicons within this on a slow machine. */
const TIMEOUT_MS = 8000;

export class AnalysisUnavailable extends Error {
  constructor(readonly reason: 'detached' | 'timeout' | 'failed', detail: string) {
    super(detail);
  }
}

/** True once the extension that injected this script is gone (reloaded, updated, removed). */
export function extensionDetached(): boolean {
  try {
    return !ext.runtime?.id;
  } catch {
    return true;
  }
}

const detachedListeners = new Set<() => void>();

/** Calls back when a request finds the extension gone (see orphan-watch.ts); returns an unsubscribe. */
export function onExtensionDetached(listener: () => void): () => void {
  detachedListeners.add(listener);
  return () => detachedListeners.delete(listener);
}

function detachedError(detail: string): AnalysisUnavailable {
  for (const listener of [...detachedListeners]) listener();
  return new AnalysisUnavailable('detached', detail);
}

export async function requestAnalysis(input: Omit<AnalyzeRequest, 'type'>): Promise<ShownFinding[]> {
  if (extensionDetached()) throw detachedError('extension context is gone');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AnalysisUnavailable('timeout', `no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    const request: AnalyzeRequest = { type: ANALYZE_MESSAGE, ...input };
    const response = (await Promise.race([ext.runtime.sendMessage(request), timeout])) as AnalyzeResponse | undefined;
    if (!response || typeof response !== 'object') throw new AnalysisUnavailable('failed', 'no answer from the background');
    if (!response.ok) throw new AnalysisUnavailable('failed', response.error);
    return response.findings;
  } catch (error) {
    if (error instanceof AnalysisUnavailable) throw error;
    throw extensionDetached() ? detachedError(String(error)) : new AnalysisUnavailable('failed', String(error));
  } finally {
    clearTimeout(timer);
  }
}
