/**
 * Building citations without loading the law text: data files (questions, rules, checklist) import `cite` from
 * here, so a bundle that needs only the questions does not carry the whole catalogue. `ArticleId` is a
 * type-only import, erased at build time, and still makes a wrong article id a compile error.
 */
import type { ArticleId, Citation } from './catalogue.ts';

/**
 * Build a citation. `para` is the paragraph (款), `item` the item (项; a letter such as 'c' for a standard's
 * sub-clause). For guideline items, pass the sub-item as `item` (`cite('audit-guideline.11', undefined, 1)`).
 */
export function cite(article: ArticleId, para?: number, item?: number | string): Citation {
  return {
    article,
    ...(para !== undefined ? { para } : {}),
    ...(item !== undefined ? { item } : {}),
  };
}
