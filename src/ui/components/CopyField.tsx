import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n/translate.ts';

/** A read-only link with a copy button; when the clipboard is refused, the link is selected for copying by hand. */
export function CopyField({ id, label, value, t }: { id: string; label: string; value: string; t: Translate }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('share.copied'));
    } catch {
      const el = document.getElementById(id) as HTMLTextAreaElement | null;
      el?.focus();
      el?.select();
      setStatus(t('share.copyFailed'));
    }
  };
  return (
    <div class="form-group copy-field">
      <label class="label" for={id}>
        {label}
      </label>
      <textarea class="textarea copy-field__value" id={id} readOnly rows={4} value={value} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={() => void copy()} data-testid={`${id}-copy`}>
          {t('share.copy')}
        </button>
        <span class="copy-field__status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
