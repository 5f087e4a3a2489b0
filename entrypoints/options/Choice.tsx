export interface Option<T extends string> {
  value: T;
  label: string;
  hint: string;
  /** Class of a sample word that shows the option, if it is visual. */
  sample?: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: Array<Option<T>>;
  onChange(value: T): void;
}

/** One choice among a few, as a group of radio buttons (arrow keys move between them). */
export function Choice<T extends string>({ name, legend, value, options, onChange }: Props<T>) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <div class="choices">
        {options.map((o) => (
          <label key={o.value} class="choice">
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>
              {o.label} {o.sample && <span class={`sample ${o.sample}`} aria-hidden="true">Kabul</span>}
              <span class="hint">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
