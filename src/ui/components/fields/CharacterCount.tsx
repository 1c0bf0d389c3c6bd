import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../../i18n/core.ts';

/**
 * The characters left, shown as they are typed and read with the field. A screen reader hears the count once the
 * typing pauses (a second), as GOV.UK's character count does, not after every key.
 */
export function CharacterCount({ id, used, max, t }: { id: string; used: number; max: number; t: Translate }) {
  const message = used > max ? t('question.charsOver', { n: used - max }) : t('question.charsLeft', { n: max - used });
  const [spoken, setSpoken] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setSpoken(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      <p class={`hint character-count${used > max ? ' character-count--over' : ''}`} id={id}>
        {message}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
