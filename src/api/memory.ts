// Keeps long streams (`--all` over 100,000 records) at flat memory. V8 sizes its heap at start-up and
// lets garbage from parsed pages pile up in old space before collecting it, so a long stream's RSS
// grows with its length although what it holds does not. A full collection every few dozen pages
// (a few milliseconds on a heap this small) keeps the peak where a short stream's is.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  return gc;
}

const EVERY = 10;

/** Called once per page received; collects every EVERY pages. */
export function afterPage(pageNumber: number): void {
  if (pageNumber > 0 && pageNumber % EVERY === 0) collector()?.();
}
