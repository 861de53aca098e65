// Keeps long streams (`--all` over 100,000 records) at flat memory. Left alone, V8 grows the young
// generation while a process allocates fast (to 32 MB of new space here) and lets old-generation
// garbage build up to a limit that rises with each collection, so a long stream's RSS keeps growing
// for a while although what it holds does not. Two heap-sizing flags that V8 reads afresh at every
// collection cap both, once a paginated stream starts: the young generation keeps its start-up
// size, and the old generation is collected when it is 20% over what was live after the last full
// collection (V8 still allows it a minimum step of a few MB). Both trade a little collection work
// for memory; bench/README.md has the figures. Set once; a process runs one command.
import { setFlagsFromString } from 'node:v8';

let tuned = false;

/** Called when a paginated stream starts. */
export function beforeStream(): void {
  if (tuned) return;
  tuned = true;
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--heap-growing-percent=20');
  } catch {
    /* an engine without these flags: memory is then V8's default */
  }
}
