/** The search itself: plain substring matching over titles and text, ranked by where the words match. */
export interface SearchItem {
  readonly k: 'a' | 'q' | 'r';
  readonly t: string;
  readonly s: string;
  readonly u: string;
}

const norm = (s: string) => s.toLowerCase().normalize('NFKC');

/** Words are split on spaces; every word must match. Chinese needs no spaces: a phrase matches as a substring. */
export function runSearch(items: readonly SearchItem[], query: string, limit: number): SearchItem[] {
  const words = norm(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { item: SearchItem; score: number }[] = [];
  for (const item of items) {
    const title = norm(item.t);
    const body = norm(item.s);
    let score = 0;
    let all = true;
    for (const w of words) {
      if (title.includes(w)) score += 3;
      else if (body.includes(w)) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) scored.push({ item, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((x) => x.item);
}
