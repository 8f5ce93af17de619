// Two large answers side by side, labelled by the question shown above them: one tap answers.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';

interface YesNoProps {
  /** The id of the element that holds the question. */
  labelledBy: string;
  value: boolean | undefined;
  onAnswer: (yes: boolean) => void;
}

export function YesNo({ labelledBy, value, onAnswer }: YesNoProps) {
  const { t } = useTranslation('screening');
  return (
    <fieldset className="yes-no" aria-labelledby={labelledBy}>
      <Button aria-pressed={value === true} onClick={() => onAnswer(true)}>
        {t('yes')}
      </Button>
      <Button aria-pressed={value === false} onClick={() => onAnswer(false)}>
        {t('no')}
      </Button>
    </fieldset>
  );
}
