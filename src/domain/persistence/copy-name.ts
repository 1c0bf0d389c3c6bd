/** Names for copies. A module of its own: only the library and a share link's opening need it, and both load it late. */
import { fitName } from './assessment-file.ts';

/**
 * A name for a copy (an import or a share link of an assessment already here) that no assessment in `taken` has:
 * `named('')` is the plain copy's name ("…（导入副本）"), `named(' 2')`, `named(' 3')`… the next ones ("…（导入副本 2）"),
 * so that exchanged versions can be told apart in the list.
 */
export function copyName(named: (n: string) => string, taken: Iterable<string>): string {
  const names = new Set(taken);
  for (let n = 1; n < 1000; n++) {
    const candidate = fitName(named(n === 1 ? '' : ` ${n}`));
    if (!names.has(candidate)) return candidate;
  }
  return fitName(named(''));
}
