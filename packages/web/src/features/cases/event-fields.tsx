import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../shared/format.js';
import { RegionPicker } from '../regions/region-picker.js';
import type { EventValues } from './case-values.js';
import type { Bound } from './form-binding.js';
import { useCountries, useFieldLabel, usePicklists } from './reference.js';

/**
 * One trafficking event: its stage, date and place, either an Indonesian region (province or
 * kabupaten/kota) or a country abroad. `name` tells the event's inputs apart when a form has
 * several ("Peristiwa 2").
 */
export function EventFields({ bound, name }: { bound: Bound<EventValues>; name?: string }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const countries = useCountries();
  const v = bound.values;
  const named = (text: string) => (name ? `${text} (${name})` : text);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          label={named(label('event', 'eventType'))}
          required
          data={[
            { value: '', label: t('cases.form.pick') },
            ...picklists.options('event_type', v.eventType),
          ]}
          {...bound.props('eventType')}
        />
        <TextInput
          type="date"
          label={named(label('event', 'occurredOn'))}
          max={todayIso()}
          {...bound.props('occurredOn')}
        />
        <NativeSelect
          label={named(label('event', 'countryCode'))}
          disabled={countries.query.isPending}
          data={[{ value: '', label: t('cases.form.unknownPlace') }, ...countries.options]}
          value={v.countryCode}
          error={bound.error('countryCode')}
          onChange={(e) => {
            const next = e.currentTarget.value;
            bound.set('countryCode', next);
            if (next !== 'ID') bound.set('regionCode', null);
          }}
        />
      </SimpleGrid>
      {v.countryCode === 'ID' ? (
        <RegionPicker
          mode="place"
          labelPrefix={named(label('event', 'regionCode'))}
          value={v.regionCode}
          onChange={(code) => bound.set('regionCode', code)}
          error={bound.error('regionCode')}
        />
      ) : null}
      <TextInput
        label={named(label('event', 'placeNote'))}
        description={t('cases.form.placeNoteHint')}
        {...bound.props('placeNote')}
      />
    </>
  );
}
