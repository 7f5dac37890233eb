import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { srOnly } from '../../shared/sr-only.js';

const STEPS = ['template', 'upload', 'preview', 'import'] as const;
export type ImportStep = (typeof STEPS)[number];

/**
 * Where the user is in the import: template → upload → preview → import. A plain ordered list
 * with aria-current, so a screen reader says "step 3 of 4, current".
 */
export function ImportSteps({ current, done = false }: { current: ImportStep; done?: boolean }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <Box
      component="ol"
      aria-label={t('caseImport.steps.label')}
      p={0}
      m={0}
      mb="lg"
      style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem' }}
      data-testid="import-steps"
    >
      {STEPS.map((step, i) => {
        const complete = i < at || (done && i === at);
        const active = i === at && !done;
        return (
          <Box component="li" key={step} aria-current={active ? 'step' : undefined}>
            <Group gap={6} wrap="nowrap">
              <ThemeIcon
                size={24}
                radius="xl"
                color={complete ? 'teal.9' : active ? 'indigo.8' : 'gray.6'}
                variant={complete || active ? 'filled' : 'outline'}
                aria-hidden="true"
              >
                {complete ? <IconCheck size={14} /> : <Text size="xs">{i + 1}</Text>}
              </ThemeIcon>
              <Text size="sm" fw={active ? 700 : 400}>
                {t(`caseImport.steps.${step}`)}
                {complete ? <span style={srOnly}> ({t('caseImport.steps.done')})</span> : null}
              </Text>
            </Group>
          </Box>
        );
      })}
    </Box>
  );
}
