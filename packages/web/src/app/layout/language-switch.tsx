import { Button, Group } from '@mantine/core';
import { LANGS, type Lang } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changeLang, currentLang } from '../i18n/index.js';

/**
 * Two toggle buttons showing "ID" / "EN". Their accessible names are the language's own name
 * plus the visible code ("Bahasa Indonesia – ID", "English – EN"), the same whatever language
 * the page is in; the visible code is part of the name so voice control can say "click EN".
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lang = currentLang();

  async function choose(next: Lang) {
    if (next === lang) return;
    await changeLang(next);
    // Error messages come from the server in the request's language: ask again in the new one.
    await queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
  }

  return (
    <Group gap={4} role="group" aria-label={t('language.label')} data-testid="language-switch">
      {LANGS.map((l) => (
        <Button
          key={l}
          size="compact-sm"
          variant={l === lang ? 'filled' : 'default'}
          aria-pressed={l === lang}
          aria-label={`${t(`language.${l}`)} – ${l.toUpperCase()}`}
          title={t(`language.${l}`)}
          lang={l}
          onClick={() => void choose(l)}
        >
          {l.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
