// Settings that make the app easier on a hard day — text size, low-energy mode, language (on this
// device and, signed in, on the account) — and, for a person, their reminders and their data.
import { useTranslation } from 'react-i18next';
import { saveAccountPreferences } from '../../api/account.ts';
import {
  changePreferences,
  type Preferences,
  TEXT_SIZES,
  type TextSize,
  usePreferences,
} from '../../app/preferences.ts';
import { useSession } from '../../app/session.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { Page } from '../../components/page.tsx';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { AccountSection } from './account-section.tsx';
import { JoinClinicianSection } from './join-clinician-section.tsx';
import { RemindersSection } from './reminders-section.tsx';

/** Each language is named in itself, so a person can find theirs whatever is shown now. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  const preferences = usePreferences();
  const { session } = useSession();
  const signedIn = session.status === 'signed_in';
  const change = (next: Partial<Preferences>) =>
    void changePreferences(next, signedIn ? saveAccountPreferences : null);

  return (
    <Page title={t('title')}>
      <ChoiceGroup<TextSize>
        legend={t('textSize.legend')}
        choices={TEXT_SIZES.map((size) => ({ value: size, label: t(`textSize.${size}`) }))}
        value={preferences.textSize}
        onChange={(textSize) => change({ textSize })}
      />
      <fieldset className="choices">
        <legend>{t('lowEnergy.legend')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={preferences.lowEnergy}
            aria-describedby="low-energy-hint"
            onChange={(event) => change({ lowEnergy: event.target.checked })}
          />
          {t('lowEnergy.label')}
        </label>
        <p className="field-hint" id="low-energy-hint">
          {t('lowEnergy.hint')}
        </p>
      </fieldset>
      <ChoiceGroup<Language>
        legend={t('language.legend')}
        choices={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
        value={preferences.language}
        onChange={(language) => change({ language })}
        langOf={(language) => language}
      />
      <p className="muted nonessential">{t(signedIn ? 'savedNoteAccount' : 'savedNote')}</p>
      {session.status === 'signed_in' && session.me.role === 'patient' ? (
        <RemindersSection accountId={session.me.id} />
      ) : null}
      {session.status === 'signed_in' && session.me.role === 'patient' ? (
        <JoinClinicianSection accountId={session.me.id} />
      ) : null}
      {session.status === 'signed_in' ? <AccountSection accountId={session.me.id} /> : null}
    </Page>
  );
}
