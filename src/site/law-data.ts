/** What the law pages need from the domain: provisions, who relies on them, and the search index. */
import { allArticleIds, articleSlug, formatCitation, getArticle, instruments, type ArticleId } from '../domain/law/catalogue.ts';
import type { Locale } from '../domain/locale.ts';
import { QUESTIONS } from '../domain/questions/bank.ts';
import { RULES } from '../domain/rules/index.ts';
import type { Severity } from '../domain/rules/schema.ts';

export interface Reliance {
  readonly questions: readonly { id: string; label: string }[];
  readonly rules: readonly { id: string; title: string; severity: Severity }[];
}

export function relianceOn(article: ArticleId, locale: Locale): Reliance {
  return {
    questions: QUESTIONS.filter((q) => q.why.cites.some((c) => c.article === article)).map((q) => ({ id: q.id, label: q.label[locale] })),
    rules: RULES.filter((r) => r.cites.some((c) => c.article === article)).map((r) => ({ id: r.id, title: r.title[locale], severity: r.severity })),
  };
}

export function lawPaths(): { slug: string; kind: 'instrument' | 'article'; id: string }[] {
  return [
    ...instruments.map((i) => ({ slug: i.id, kind: 'instrument' as const, id: i.id })),
    ...allArticleIds().map((id) => ({ slug: articleSlug(id), kind: 'article' as const, id })),
  ];
}

export interface SearchEntry {
  readonly k: 'a' | 'q' | 'r';
  /** Title shown in the result list. */
  readonly t: string;
  /** Text searched (title plus body). */
  readonly s: string;
  /** Path below the locale root. */
  readonly u: string;
}

/** The search index for one language: provisions, questions and rules. */
export function searchIndex(locale: Locale): SearchEntry[] {
  const articles = allArticleIds().map((id) => {
    const { article } = getArticle(id)!;
    const text = article.text ? article.text.flatMap((p) => [p.text, ...(p.items ?? [])]).join('') : '';
    return { k: 'a' as const, t: `${formatCitation({ article: id }, locale)} ${article.heading[locale]}`, s: `${article.substance[locale]} ${text} ${id}`, u: `law/${articleSlug(id)}/` };
  });
  const questions = QUESTIONS.map((q) => ({ k: 'q' as const, t: q.label[locale], s: `${q.hint?.[locale] ?? ''} ${q.why.text[locale]}`, u: `assessment/#/q/${q.id}` }));
  const rules = RULES.map((r) => ({
    k: 'r' as const,
    t: r.title[locale],
    s: `${r.explanation[locale]} ${r.cites.map((c) => formatCitation(c, locale)).join(' ')}`,
    u: `law/${articleSlug(r.cites[0].article)}/#rule-${r.id}`,
  }));
  return [...articles, ...questions, ...rules];
}
