// Modality and region filters for the exercise library (and the programme builder's picker).
import { MODALITIES, type Modality, REGIONS, type Region } from '@steadily/core';
import { useTranslation } from 'react-i18next';

export interface LibraryFilter {
  modality: Modality | '';
  region: Region | '';
  text: string;
}

export function LibraryFilters({
  value,
  onChange,
  idPrefix,
}: {
  value: LibraryFilter;
  onChange: (next: LibraryFilter) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation('clinician');
  return (
    <div className="toolbar">
      <div className="field">
        <label htmlFor={`${idPrefix}-modality`}>{t('library.modality')}</label>
        <select
          id={`${idPrefix}-modality`}
          value={value.modality}
          onChange={(event) => onChange({ ...value, modality: event.target.value as Modality | '' })}
        >
          <option value="">{t('library.any')}</option>
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {t(`modalities.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-region`}>{t('library.region')}</label>
        <select
          id={`${idPrefix}-region`}
          value={value.region}
          onChange={(event) => onChange({ ...value, region: event.target.value as Region | '' })}
        >
          <option value="">{t('library.any')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`regions.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-text`}>{t('library.find')}</label>
        <input
          id={`${idPrefix}-text`}
          type="search"
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
      </div>
    </div>
  );
}

/** Applies the filters in the browser: the library is small enough to hold at once. */
export function filterLibrary<T extends { modality: string; region: string; name: Record<string, string> }>(
  exercises: T[],
  filter: LibraryFilter,
): T[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return exercises.filter(
    (e) =>
      (filter.modality === '' || e.modality === filter.modality) &&
      (filter.region === '' || e.region === filter.region) &&
      (text === '' || Object.values(e.name).some((n) => n.toLocaleLowerCase().includes(text))),
  );
}
