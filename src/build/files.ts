import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a directory (the built site), depth first. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
