// "Tap all that apply", with a one-tap "None of these" for the common answer.
import { useState } from 'react';
import { Button } from '../../components/button.tsx';

interface ChecklistProps<T extends string> {
  legend: string;
  items: readonly { value: T; label: string }[];
  initial: readonly T[];
  noneLabel: string;
  nextLabel: string;
  onDone: (chosen: T[]) => void;
}

export function Checklist<T extends string>({
  legend,
  items,
  initial,
  noneLabel,
  nextLabel,
  onDone,
}: ChecklistProps<T>) {
  const [chosen, setChosen] = useState<T[]>([...initial]);
  function toggle(value: T, on: boolean): void {
    setChosen(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  }
  return (
    <>
      <fieldset className="choices">
        <legend className="question">{legend}</legend>
        {items.map((item) => (
          <label className="choice" key={item.value}>
            <input
              type="checkbox"
              checked={chosen.includes(item.value)}
              onChange={(event) => toggle(item.value, event.target.checked)}
            />
            {item.label}
          </label>
        ))}
      </fieldset>
      <div className="page-actions">
        {chosen.length > 0 ? (
          <Button variant="primary" onClick={() => onDone(chosen)}>
            {nextLabel}
          </Button>
        ) : (
          <Button variant="primary" onClick={() => onDone([])}>
            {noneLabel}
          </Button>
        )}
      </div>
    </>
  );
}
