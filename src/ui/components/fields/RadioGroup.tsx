import type { ComponentChildren } from 'preact';

/** A set of radio buttons (GOV.UK "radios") for a small fixed list of codes; the caller supplies the fieldset. */
export function RadioGroup<T extends string>({
  name,
  idPrefix,
  options,
  value,
  onChange,
  label,
  inline = false,
}: {
  name: string;
  /** Each input's id is `<idPrefix>-<code>`. */
  idPrefix: string;
  options: readonly T[];
  value: T | undefined;
  onChange: (code: T) => void;
  label: (code: T) => ComponentChildren;
  inline?: boolean;
}) {
  return (
    <div class={inline ? 'radios radios--inline' : 'radios'}>
      {options.map((code) => (
        <div class="choice" key={code}>
          <input class="choice__input" type="radio" id={`${idPrefix}-${code}`} name={name} value={code} checked={value === code} onChange={() => onChange(code)} />
          <label class="choice__label" for={`${idPrefix}-${code}`}>
            {label(code)}
          </label>
        </div>
      ))}
    </div>
  );
}
