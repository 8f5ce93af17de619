// A set of large radio tiles: the whole tile is the target, the choice applies at once.
import { useId } from 'react';

interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Per-choice `lang`, for names of languages written in their own language. */
  langOf?: (value: T) => string | undefined;
}

export function ChoiceGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  langOf,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label className="choice" key={choice.value} lang={langOf?.(choice.value)}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
