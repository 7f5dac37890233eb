import { Button, Group, NumberInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, isApiError } from '../../app/api/client.js';
import { FormError } from '../../shared/form-parts.js';
import { errorMessage } from '../../shared/query-state.js';
import { planKeys } from './api.js';
import type { PlanDetail } from './types.js';

type Thresholds = PlanDetail['trafficLight'];

/**
 * Ambang lampu capaian (traffic-light thresholds): a setting of the plan, changed in place by
 * whoever manages it; the dashboard colours by it from the next call.
 */
export function TrafficLightForm({ plan, onDone }: { plan: PlanDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Thresholds>(plan.trafficLight);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await api.patch(`/api/plans/${encodeURIComponent(plan.id)}/settings`, z.unknown(), {
        trafficLight: values,
      });
      await queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) });
      onDone();
    } catch (e) {
      if (isApiError(e) && e.fields.length > 0)
        setFieldErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.message])));
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof Thresholds) => (
    <NumberInput
      label={t(`plans.trafficLightForm.${key}`)}
      value={values[key]}
      min={0}
      max={200}
      decimalScale={1}
      suffix=" %"
      onChange={(v) => setValues((s) => ({ ...s, [key]: typeof v === 'number' ? v : Number(v) }))}
      error={fieldErrors[`trafficLight.${key}`]}
      w={160}
    />
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="traffic-light-form"
    >
      <FormError message={error} />
      <Group align="flex-end" mt="xs">
        {field('green')}
        {field('yellow')}
        <Button type="submit" loading={busy}>
          {t('plans.trafficLightForm.save')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('plans.trafficLightForm.cancel')}
        </Button>
      </Group>
    </form>
  );
}
