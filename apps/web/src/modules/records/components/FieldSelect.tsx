import { useId, useState } from 'react';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

interface FieldSelectProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<SelectOption<T>>;
  onChange: (value: T) => Promise<void>;
  testId?: string;
  disabled?: boolean;
}

/** A select that saves on change and shows the chosen value until the server answers. */
export function FieldSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  disabled,
}: FieldSelectProps<T>) {
  const id = useId();
  const [pending, setPending] = useState<T | null>(null);

  const choose = async (raw: string) => {
    const next = options.find((option) => option.value === raw)?.value;
    if (next === undefined || next === value) return;
    setPending(next);
    try {
      await onChange(next);
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="field-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={pending ?? value}
        disabled={disabled || pending !== null}
        aria-busy={pending !== null}
        onChange={(event) => void choose(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
