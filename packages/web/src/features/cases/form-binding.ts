import type { GetInputPropsOptions, GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { isApiError } from '../../app/api/client.js';

type FormLike = {
  getInputProps: (path: string, options?: GetInputPropsOptions) => GetInputPropsReturnType;
};

/**
 * One record's fields inside a larger form (the first victim of a new case is `people.0.`), so
 * the same field components serve a whole-case form and a one-record dialog, and the schema's
 * error paths (`people.0.nik`) land under the right input.
 */
export type Bound<V> = {
  values: V;
  props: (field: keyof V & string, options?: GetInputPropsOptions) => GetInputPropsReturnType;
  set: <K extends keyof V & string>(field: K, value: V[K]) => void;
  error: (field: keyof V & string) => ReactNode;
  /** The DOM id of a field's input, for descriptions and groups. */
  path: (field: keyof V & string) => string;
};

export function bindFields<V>(form: FormLike, prefix: string, values: V): Bound<V> {
  const path = (field: string) => `${prefix}${field}`;
  return {
    values,
    props: (field, options) => form.getInputProps(path(field), options),
    set: (field, value) => form.getInputProps(path(field)).onChange(value),
    error: (field) => form.getInputProps(path(field)).error as ReactNode,
    path,
  };
}

/**
 * The server names nested fields by path (`events.1.countryCode`, `people.0.nik`); the shared
 * form hook places only top-level ones (and replaces all errors when it does), so these are
 * placed just after it, and the first is focused.
 */
export async function withNestedErrors<T>(
  form: { setFieldError: (path: string, error: ReactNode) => void },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const nested = isApiError(e) ? e.fields.filter((f) => f.path.includes('.')) : [];
    if (nested.length > 0)
      setTimeout(() => {
        for (const f of nested) form.setFieldError(f.path, f.message);
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(),
        );
      }, 0);
    throw e;
  }
}

/** `''` → null; a number typed in a text-like input → number. */
export function numberOrNull(value: number | string): number | null {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}
