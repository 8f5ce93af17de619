// A 0–N answer scale as large buttons, one tap answers, anchored in words at both ends (the pain
// picker's look): PEG items 0–10, PSEQ items 0–6, goals (PSFS) 0–10.
import { useId } from 'react';
import '../styles/pain-picker.css';

interface ScalePickerProps {
  legend: string;
  max: number;
  /** What 0 and `max` mean, e.g. "0 = not at all sure". */
  anchors: [string, string];
  /** The accessible name of one answer, e.g. "4 out of 6". */
  labelOf: (value: number) => string;
  value: number | null;
  onPick: (value: number) => void;
  disabled?: boolean;
}

export function ScalePicker({
  legend,
  max,
  anchors,
  labelOf,
  value,
  onPick,
  disabled = false,
}: ScalePickerProps) {
  const anchorsId = useId();
  const values = Array.from({ length: max + 1 }, (_, i) => i);
  return (
    <fieldset className="pain-picker" aria-describedby={anchorsId}>
      <legend>{legend}</legend>
      <ul className="pain-grid">
        {values.map((n) => (
          <li key={n}>
            <button
              type="button"
              aria-pressed={value === n}
              aria-label={labelOf(n)}
              disabled={disabled}
              onClick={() => onPick(n)}
            >
              {n}
            </button>
          </li>
        ))}
      </ul>
      <p className="pain-anchors" id={anchorsId}>
        <span>{anchors[0]}</span>
        <span>{anchors[1]}</span>
      </p>
    </fieldset>
  );
}
