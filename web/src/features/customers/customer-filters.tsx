import { Badge, Button, CloseButton, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentKinds, customerSources, type CustomerViewFilters, type CustomField } from '../../api/types';
import { dayBound, formatDate, isoToDay } from './customer-format';
import { cleanFilters } from './list-state';

interface Draft {
  tag: string;
  storeId: string | null;
  source: string | null;
  minSpend: string | number;
  maxSpend: string | number;
  lastSeenFrom: string;
  lastSeenTo: string;
  consent: string | null;
  custom: Record<string, string>;
}

function toDraft(f: CustomerViewFilters): Draft {
  const custom: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (k.startsWith('custom.') && v !== undefined) custom[k.slice(7)] = String(v);
  return {
    tag: f.tag ?? '',
    storeId: f.storeId ?? null,
    source: f.source ?? null,
    minSpend: f.minSpend ?? '',
    maxSpend: f.maxSpend ?? '',
    lastSeenFrom: isoToDay(f.lastSeenFrom),
    lastSeenTo: isoToDay(f.lastSeenTo),
    consent: f.consent ?? null,
    custom,
  };
}

function fromDraft(d: Draft): CustomerViewFilters {
  const out: CustomerViewFilters = {
    tag: d.tag.trim() || undefined,
    storeId: d.storeId ?? undefined,
    source: (d.source as CustomerViewFilters['source']) ?? undefined,
    minSpend: d.minSpend === '' ? undefined : Number(d.minSpend),
    maxSpend: d.maxSpend === '' ? undefined : Number(d.maxSpend),
    lastSeenFrom: dayBound(d.lastSeenFrom, false),
    lastSeenTo: dayBound(d.lastSeenTo, true),
    consent: (d.consent as CustomerViewFilters['consent']) ?? undefined,
  };
  for (const [key, value] of Object.entries(d.custom)) if (value !== '') out[`custom.${key}`] = value;
  return cleanFilters(out);
}

/** One filter input per custom field, by its type (text, number, date, enum, yes/no). */
function CustomFieldFilter({ field, value, onChange }: { field: CustomField; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  switch (field.type) {
    case 'enum':
      return <Select label={field.label} placeholder={t('common.all')} data={field.options} value={value || null} onChange={(v) => onChange(v ?? '')} clearable />;
    case 'boolean':
      return (
        <Select
          label={field.label}
          placeholder={t('common.all')}
          data={[
            { value: 'true', label: t('customers.yes') },
            { value: 'false', label: t('customers.no') },
          ]}
          value={value || null}
          onChange={(v) => onChange(v ?? '')}
          clearable
        />
      );
    case 'number':
      return <NumberInput label={field.label} value={value} onChange={(v) => onChange(v === '' ? '' : String(v))} />;
    case 'date':
      return <TextInput label={field.label} type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
    default:
      return <TextInput label={field.label} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}

/** The filter form: edits a draft, applied with the button or Enter. */
export function CustomerFiltersPanel({
  filters,
  fields,
  storeOptions,
  onApply,
}: {
  filters: CustomerViewFilters;
  fields: CustomField[];
  storeOptions: { value: string; label: string }[];
  onApply: (filters: CustomerViewFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(filters));
  // A view chosen or a pill removed elsewhere resets the draft.
  useEffect(() => setDraft(toDraft(filters)), [filters]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const spendInvalid = draft.minSpend !== '' && draft.maxSpend !== '' && Number(draft.minSpend) > Number(draft.maxSpend);
  const seenInvalid = Boolean(draft.lastSeenFrom && draft.lastSeenTo && draft.lastSeenFrom > draft.lastSeenTo);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!spendInvalid && !seenInvalid) onApply(fromDraft(draft));
      }}
      data-testid="customer-filters"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <TextInput label={t('customers.fields.tag')} placeholder={t('customers.filters.tagPlaceholder')} value={draft.tag} onChange={(e) => set('tag', e.currentTarget.value)} />
          <Select label={t('customers.fields.homeStore')} placeholder={t('customers.filters.anyStore')} data={storeOptions} value={draft.storeId} onChange={(v) => set('storeId', v)} clearable searchable />
          <Select
            label={t('customers.fields.source')}
            placeholder={t('customers.filters.anySource')}
            data={customerSources.map((s) => ({ value: s, label: t(`customers.sources.${s}`) }))}
            value={draft.source}
            onChange={(v) => set('source', v)}
            clearable
          />
          <Select
            label={t('customers.filters.consent')}
            placeholder={t('customers.filters.anyConsent')}
            data={consentKinds.map((k) => ({ value: k, label: t(`customers.consent.${k}`) }))}
            value={draft.consent}
            onChange={(v) => set('consent', v)}
            clearable
          />
          <NumberInput label={t('customers.filters.minSpend')} min={0} decimalScale={2} value={draft.minSpend} onChange={(v) => set('minSpend', v)} />
          <NumberInput
            label={t('customers.filters.maxSpend')}
            min={0}
            decimalScale={2}
            value={draft.maxSpend}
            onChange={(v) => set('maxSpend', v)}
            error={spendInvalid ? t('customers.filters.spendInvalid') : undefined}
          />
          <TextInput label={t('customers.filters.lastSeenFrom')} type="date" value={draft.lastSeenFrom} onChange={(e) => set('lastSeenFrom', e.currentTarget.value)} />
          <TextInput
            label={t('customers.filters.lastSeenTo')}
            type="date"
            value={draft.lastSeenTo}
            onChange={(e) => set('lastSeenTo', e.currentTarget.value)}
            error={seenInvalid ? t('audit.rangeInvalid') : undefined}
          />
        </SimpleGrid>
        {fields.length > 0 && (
          <>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('customers.customFields')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              {fields.map((f) => (
                <CustomFieldFilter key={f.id} field={f} value={draft.custom[f.key] ?? ''} onChange={(v) => setDraft((d) => ({ ...d, custom: { ...d.custom, [f.key]: v } }))} />
              ))}
            </SimpleGrid>
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" onClick={() => onApply({})}>
            {t('common.clearFilters')}
          </Button>
          <Button type="submit" disabled={spendInvalid || seenInvalid}>
            {t('customers.filters.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The filters in force as removable pills. */
export function ActiveFilterPills({
  filters,
  fields,
  storeName,
  currencyFormat,
  onChange,
}: {
  filters: CustomerViewFilters;
  fields: CustomField[];
  storeName: (id: string | null) => string;
  currencyFormat: (n: number) => string;
  onChange: (filters: CustomerViewFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const pills: { key: string; label: string; remove: (keyof CustomerViewFilters)[] }[] = [];
  const f = filters;
  if (f.tag) pills.push({ key: 'tag', label: `${t('customers.fields.tag')}: ${f.tag}`, remove: ['tag'] });
  if (f.storeId) pills.push({ key: 'storeId', label: `${t('customers.fields.homeStore')}: ${storeName(f.storeId)}`, remove: ['storeId'] });
  if (f.source) pills.push({ key: 'source', label: `${t('customers.fields.source')}: ${t(`customers.sources.${f.source}`)}`, remove: ['source'] });
  if (f.consent) pills.push({ key: 'consent', label: `${t('customers.filters.consent')}: ${t(`customers.consent.${f.consent}`)}`, remove: ['consent'] });
  if (f.minSpend !== undefined || f.maxSpend !== undefined) {
    const lo = f.minSpend !== undefined ? currencyFormat(f.minSpend) : '…';
    const hi = f.maxSpend !== undefined ? currencyFormat(f.maxSpend) : '…';
    pills.push({ key: 'spend', label: `${t('customers.stats.totalSpend')}: ${lo} – ${hi}`, remove: ['minSpend', 'maxSpend'] });
  }
  if (f.lastSeenFrom || f.lastSeenTo) {
    const lo = f.lastSeenFrom ? formatDate(f.lastSeenFrom, i18n.language) : '…';
    const hi = f.lastSeenTo ? formatDate(f.lastSeenTo, i18n.language) : '…';
    pills.push({ key: 'seen', label: `${t('customers.stats.lastSeen')}: ${lo} – ${hi}`, remove: ['lastSeenFrom', 'lastSeenTo'] });
  }
  for (const [k, v] of Object.entries(f)) {
    if (!k.startsWith('custom.') || v === undefined) continue;
    const field = fields.find((x) => x.key === k.slice(7));
    const shown = field?.type === 'boolean' ? (v === 'true' ? t('customers.yes') : t('customers.no')) : String(v);
    pills.push({ key: k, label: `${field?.label ?? k.slice(7)}: ${shown}`, remove: [k as keyof CustomerViewFilters] });
  }
  if (pills.length === 0) return null;
  return (
    <Group gap={6} mb="sm" data-testid="active-filters">
      {pills.map((p) => (
        // Not Mantine's Pill: its remove button is hidden from keyboards and screen readers.
        <Badge
          key={p.key}
          size="lg"
          variant="light"
          color="gray"
          tt="none"
          fw={500}
          pr={3}
          rightSection={
            <CloseButton
              size="xs"
              radius="xl"
              variant="transparent"
              aria-label={t('customers.filters.remove', { filter: p.label })}
              onClick={() => {
                const next = { ...f };
                for (const k of p.remove) delete next[k];
                onChange(next);
              }}
            />
          }
        >
          {p.label}
        </Badge>
      ))}
    </Group>
  );
}
