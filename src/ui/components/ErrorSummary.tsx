import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../i18n/translate.ts';

export interface ErrorLink {
  readonly href: string;
  readonly text: string;
}

/**
 * GOV.UK error summary. The role="alert" sits on a child container, not the summary box, so the heading and
 * list are announced once when the summary appears; focus moves to the box so keyboard users start there.
 */
export function ErrorSummary({ errors, t }: { errors: readonly ErrorLink[]; t: Translate }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.href + e.text).join('|');
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [key]);
  // The tab's title says there are errors while the summary shows (the question pages' title already does).
  const hasErrors = errors.length > 0;
  useEffect(() => {
    const prefix = `${t('error.prefix')} `;
    if (!hasErrors || document.title.startsWith(t('error.prefix'))) return;
    document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasErrors]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {t('error.summaryTitle')}
        </h2>
        <ul class="error-summary__list">
          {errors.map((e) => (
            <li key={e.href + e.text}>
              <a
                href={e.href}
                onClick={(ev) => {
                  // Move focus to the field without changing the URL hash (the hash holds the position).
                  const el = document.getElementById(e.href.slice(1));
                  if (el) {
                    ev.preventDefault();
                    el.focus();
                    el.scrollIntoView({ block: 'center' });
                  }
                }}
              >
                {e.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function ErrorMessage({ id, text, t }: { id: string; text: string; t: Translate }) {
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{t('error.prefix')}</span> {text}
    </p>
  );
}
