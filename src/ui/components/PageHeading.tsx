import type { ComponentChildren } from 'preact';

/**
 * The page's one h1. It takes focus (tabindex=-1) when the island changes page, so screen readers announce the
 * new page and keyboard users continue from the top of the content.
 */
export function PageHeading({ children, class: cls = 'heading-l' }: { children: ComponentChildren; class?: string }) {
  return (
    <h1 class={cls} tabIndex={-1} data-page-heading>
      {children}
    </h1>
  );
}
