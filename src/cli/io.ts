// The streams and environment the CLI talks to, injected so that main() runs in tests without
// spawning a process.
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal; defaults to stdout.isTTY. */
  stdoutIsTTY?: boolean;
  /** Whether stdin is a terminal (then a hint is printed before waiting for input); defaults to stdin.isTTY. */
  stdinIsTTY?: boolean;
  /** Directory FILE arguments are relative to; defaults to process.cwd(). */
  cwd?: string;
}

/** Writes and waits for 'drain' when the stream's buffer is full, so a large batch does not pile up in memory. */
export function write(stream: Writable, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return;
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      stream.off('error', fail);
      resolve();
    };
    const fail = (err: Error) => {
      stream.off('drain', done);
      reject(err);
    };
    stream.once('drain', done);
    stream.once('error', fail);
  });
}

/** The whole of a stream as UTF-8 text (a multi-byte character split across chunks is kept whole). */
export async function readAll(stream: Readable): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  }
  return text + decoder.decode();
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Colours: an explicit flag wins, then NO_COLOR (https://no-color.org), FORCE_COLOR, TERM=dumb, and whether stdout is a terminal. */
export function useColour(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
