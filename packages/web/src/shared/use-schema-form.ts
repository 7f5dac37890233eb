import { type UseFormReturnType, useForm } from '@mantine/form';
import { formatIssues, type Lang, type RawIssue } from '@sigap/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../app/api/client.js';
import { currentLang, i18n } from '../app/i18n/index.js';
import { errorMessage } from './query-state.js';

/** Checks that exist only in the web forms (e.g. "repeat the password"), by message key. */
const WEB_MESSAGES = {
  password_mismatch: 'identity.validation.passwordMismatch',
} as const;

function webMessage(message: string, lang: Lang): string {
  const key = message in WEB_MESSAGES ? WEB_MESSAGES[message as keyof typeof WEB_MESSAGES] : null;
  return key ? i18n.t(key, { lng: lang }) : message;
}

/**
 * An empty input is "required", whatever check it failed first (an empty e-mail is not
 * "invalid", an unchosen select is not "must be one of …").
 */
function asRequired(issue: RawIssue): RawIssue {
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  const generic = ['invalid_type', 'invalid_value', 'invalid_format'].includes(issue.code);
  return empty && generic ? { ...issue, code: 'invalid_type', input: undefined } : issue;
}

/** The shared zod schema's issues as `{ field: message }` in the user's language. */
export function zodErrors(schema: z.ZodType, input: unknown, lang: Lang): Record<string, string> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return {};
  const errors: Record<string, string> = {};
  const issues: RawIssue[] = result.error.issues.map(asRequired);
  for (const { path, message } of formatIssues(issues, lang)) {
    if (!(path in errors)) errors[path] = webMessage(message, lang);
  }
  return errors;
}

function focusFirstInvalid() {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    el?.focus();
  });
}

type Options<V, P> = {
  initialValues: V;
  /** The same schema the server validates with (from @sigap/domain). */
  schema: z.ZodType<P>;
  /** Form values (strings from inputs) → the request body the schema expects. */
  toInput: (values: V) => unknown;
};

export type SchemaForm<V extends Record<string, unknown>, P> = {
  form: UseFormReturnType<V>;
  /** The server's message (or the "check the fields" hint), shown above the buttons. */
  formError: string | null;
  submitting: boolean;
  onSubmit: (
    handler: (payload: P) => Promise<void>,
  ) => (event?: React.FormEvent<HTMLFormElement>) => void;
};

/**
 * A Mantine form validated by a shared zod schema on the client, with the server's field errors
 * put under the matching inputs when it still refuses.
 */
export function useSchemaForm<V extends Record<string, unknown>, P>({
  initialValues,
  schema,
  toInput,
}: Options<V, P>): SchemaForm<V, P> {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    // Validated on submit only: an error appearing on blur shifts the layout under the pointer
    // and swallows the click on the submit button. A field's error clears as it is edited.
    clearInputErrorOnChange: true,
    validate: (values) => zodErrors(schema, toInput(values), currentLang()),
  });

  // Messages follow the language switch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run only when the language changes
  useEffect(() => {
    if (Object.keys(form.errors).length > 0) form.validate();
  }, [i18n.language]);

  const onSubmit: SchemaForm<V, P>['onSubmit'] = (handler) =>
    form.onSubmit(
      async (values) => {
        setFormError(null);
        const parsed = schema.safeParse(toInput(values));
        if (!parsed.success) return;
        setSubmitting(true);
        try {
          await handler(parsed.data);
        } catch (e) {
          if (isApiError(e)) {
            const known = e.fields.filter((f) => f.path in values);
            if (known.length > 0) {
              form.setErrors(Object.fromEntries(known.map((f) => [f.path, f.message])));
              focusFirstInvalid();
            }
            // When the server's message only repeats a field's, point at the fields instead.
            const repeats = known.some((f) => f.message === e.message);
            setFormError(repeats ? t('errors.formInvalid') : e.message);
          } else {
            setFormError(errorMessage(e));
          }
        } finally {
          setSubmitting(false);
        }
      },
      () => {
        setFormError(t('errors.formInvalid'));
        focusFirstInvalid();
      },
    );

  return { form, formError, submitting, onSubmit };
}
