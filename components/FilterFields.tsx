// The fields of a filter form (the notes page's, the insights page's): a label over a date or over a choice
// whose first option means "any". Values are as typed: '' is "any", dates are `YYYY-MM-DD`.

interface FieldProps {
  /** The field's element id, which its label points at. */
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
}

export function FilterDate({ id, label, value, onChange }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** One choice: the value the form keeps, and what the list shows. */
export type FilterOption = readonly [value: string, label: string];

export function FilterSelect({
  id,
  label,
  any,
  value,
  options,
  onChange,
}: FieldProps & { any: string; options: readonly FilterOption[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
