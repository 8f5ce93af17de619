// The 0–10 pain scale as eleven large buttons: one tap answers. Anchors in words at both ends.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/pain-picker.css';

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface PainPickerProps {
  /** The question, e.g. "How much pain do you have now?" */
  legend: string;
  value: number | null;
  onPick: (pain: number) => void;
  disabled?: boolean;
}

export function PainPicker({ legend, value, onPick, disabled = false }: PainPickerProps) {
  const { t } = useTranslation();
  const anchorsId = useId();

  function label(pain: number): string {
    if (pain === 0) return t('pain.valueNone');
    if (pain === 10) return t('pain.valueWorst');
    return t('pain.value', { value: pain });
  }

  return (
    <fieldset className="pain-picker" aria-describedby={anchorsId}>
      <legend>{legend}</legend>
      <ul className="pain-grid">
        {SCALE.map((pain) => (
          <li key={pain}>
            <button
              type="button"
              aria-pressed={value === pain}
              aria-label={label(pain)}
              disabled={disabled}
              onClick={() => onPick(pain)}
            >
              {pain}
            </button>
          </li>
        ))}
      </ul>
      <p className="pain-anchors" id={anchorsId}>
        <span>{t('pain.anchorNone')}</span>
        <span>{t('pain.anchorWorst')}</span>
      </p>
    </fieldset>
  );
}
