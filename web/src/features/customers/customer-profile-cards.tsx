import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCircleCheck, IconCircleMinus, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { consentKinds, type Customer, type CustomField } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { formatDate } from './customer-format';

function Card({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" ta="right" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

/** Gender, birthday, region and city, language. */
export function ProfileDetailsCard({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const place = [customer.region, customer.city].filter(Boolean).join(' · ');
  return (
    <Card title={t('customers.details')} testId="customer-details">
      <Stack gap={8}>
        <Row label={t('customers.fields.gender')}>{customer.gender ? t(`customers.genders.${customer.gender}`) : '—'}</Row>
        <Row label={t('customers.fields.birthday')}>{formatDate(customer.birthday, i18n.language)}</Row>
        <Row label={t('customers.fields.regionCity')}>{place || '—'}</Row>
        <Row label={t('customers.fields.preferredLocale')}>{customer.preferredLocale ? t(`locales.${customer.preferredLocale}`) : '—'}</Row>
        <Row label={t('customers.fields.createdAt')}>{formatDateTime(customer.createdAt, i18n.language)}</Row>
        <Row label={t('customers.fields.updatedAt')}>{formatDateTime(customer.updatedAt, i18n.language)}</Row>
      </Stack>
    </Card>
  );
}

function customValue(t: TFunction, locale: string, field: CustomField | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field?.type === 'boolean' || typeof value === 'boolean') return value === true || value === 'true' ? t('customers.yes') : t('customers.no');
  if (field?.type === 'date' && typeof value === 'string') return formatDate(value, locale);
  if (field?.type === 'number' && (typeof value === 'number' || typeof value === 'string')) {
    const n = Number(value);
    return Number.isFinite(n) ? new Intl.NumberFormat(locale).format(n) : String(value);
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Values of the admin-defined fields; values of fields since removed are listed apart. */
export function CustomFieldsCard({ customer, fields }: { customer: Customer; fields: CustomField[] }) {
  const { t, i18n } = useTranslation();
  const unlisted = Object.entries(customer.custom).filter(([k]) => !fields.some((f) => f.key === k));
  if (fields.length === 0 && unlisted.length === 0) return null;
  return (
    <Card title={t('customers.customFields')} testId="customer-custom-fields">
      <Stack gap={8}>
        {fields.map((f) => (
          <Row key={f.id} label={f.label}>
            {customValue(t, i18n.language, f, customer.custom[f.key])}
          </Row>
        ))}
        {unlisted.length > 0 && (
          <>
            <Text size="xs" c="dimmed" mt="xs">
              {t('customers.unlistedFields')}
            </Text>
            {unlisted.map(([k, v]) => (
              <Row key={k} label={k}>
                {customValue(t, i18n.language, undefined, v)}
              </Row>
            ))}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Each consent: granted, refused or not recorded, with when and where it was given. */
export function ConsentCard({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('customers.consent.title')} testId="customer-consent">
      <Stack gap={10}>
        {consentKinds.map((k) => {
          const c = customer.consent[k];
          const Icon = !c ? IconCircleMinus : c.granted ? IconCircleCheck : IconCircleX;
          const color = !c ? 'var(--mantine-color-gray-5)' : c.granted ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-red-6)';
          const state = !c ? t('customers.consent.notRecorded') : c.granted ? t('customers.consent.granted') : t('customers.consent.refused');
          return (
            <Group key={k} gap="sm" wrap="nowrap" align="flex-start">
              <Icon size={18} color={color} aria-hidden style={{ flexShrink: 0, marginTop: 1 }} />
              <div>
                <Text size="sm">
                  {t(`customers.consent.${k}`)}
                  <Text span size="sm" c="dimmed">
                    {' · '}
                    {state}
                  </Text>
                </Text>
                {c && (
                  <Text size="xs" c="dimmed">
                    {t('customers.consent.when', {
                      at: formatDateTime(c.at, i18n.language),
                      source: t(`customers.consentSources.${c.source}`, { defaultValue: c.source }),
                    })}
                  </Text>
                )}
              </div>
            </Group>
          );
        })}
      </Stack>
    </Card>
  );
}

/** Favourite games, modes and roles. */
export function InterestsCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const groups = (['games', 'modes', 'roles'] as const).map((k) => ({ k, items: customer.interests[k] ?? [] }));
  const empty = groups.every((g) => g.items.length === 0);
  return (
    <Card title={t('customers.interests.title')} testId="customer-interests">
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('customers.interests.none')}
        </Text>
      ) : (
        <SimpleGrid cols={1} spacing={8}>
          {groups
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <Group key={g.k} gap={6} wrap="wrap" align="center">
                <Text size="sm" c="dimmed" w={72}>
                  {t(`customers.interests.${g.k}`)}
                </Text>
                {g.items.map((i) => (
                  <Tooltip key={i} label={i} disabled={i.length < 24}>
                    <Badge variant="light" color="violet" tt="none" maw={200}>
                      {i}
                    </Badge>
                  </Tooltip>
                ))}
              </Group>
            ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
