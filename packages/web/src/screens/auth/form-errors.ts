// Turns a failed request into words on the right field, or one message for the whole form.
import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../../api/errors.ts';

export type FieldErrors = Record<string, string>;

/** `_form` holds what belongs to no single field. */
export function errorsFrom(error: unknown, t: TFunction, fields: readonly string[]): FieldErrors {
  if (error instanceof NetworkError) return { _form: t('common:errors.network') };
  if (error instanceof ApiError && error.field !== null && fields.includes(error.field)) {
    return { [error.field]: error.message };
  }
  if (error instanceof ApiError && error.status < 500) return { _form: error.message };
  return { _form: t('common:errors.generic') };
}

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Moves focus to the first field with an error, so a screen reader hears it at once. */
export function focusFirstError(form: HTMLFormElement, errors: FieldErrors): void {
  const first = Object.keys(errors).find((name) => name !== '_form');
  const element = first === undefined ? null : form.elements.namedItem(first);
  if (element instanceof HTMLElement) element.focus();
}
