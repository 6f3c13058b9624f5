import { Alert, Badge, Button, Checkbox, Group, List, Paper, ScrollArea, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { importDateFormats, type Import, type ImportDateFormat, type ImportMapping, type ImportOptions, type ImportWithPreview } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { TimezoneSelect } from '../../ui/timezone-select';
import { useCustomFields } from '../customers/customers.api';
import { CurrencySelect } from '../organisation/currency-select';
import { useOrganisation } from '../organisation/organisation.api';
import { customerIdentityTargets, eventIdentityTargets, guessMapping, mappingProblems, targetsFor } from './import-mapping';
import { importsKey, startImport } from './imports.api';

const CONSTANT = '\u0000constant';

/** The file's first rows as they were read, so the reader can see which column is which. */
function PreviewTable({ imp }: { imp: ImportWithPreview }) {
  const { t } = useTranslation();
  const { columns, rows } = imp.preview;
  return (
    <Paper withBorder radius="md">
      <ScrollArea type="auto" offsetScrollbars>
        <Table striped withColumnBorders fz="xs" data-testid="import-preview" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th c="dimmed">{t('imports.mapping.line')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td c="dimmed">{i + (imp.format.header ? 2 : 1)}</Table.Td>
                {columns.map((c, j) => (
                  <Table.Td key={c} maw={240} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {row[j] ?? ''}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}

/** Step 2: which column (or constant) fills each target field, the reading options, then run. */
export function ImportMappingStep({ imp, onStarted }: { imp: ImportWithPreview; onStarted: (started: Import) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const org = useOrganisation();
  const fields = useCustomFields(imp.kind === 'customers');
  const targets = useMemo(() => targetsFor(imp.kind, fields.data ?? []), [imp.kind, fields.data]);
  const columns = imp.preview.columns;
  const [mapping, setMapping] = useState<ImportMapping>(() =>
    Object.keys(imp.mapping).length > 0 ? imp.mapping : guessMapping(targetsFor(imp.kind, []), columns),
  );
  const [options, setOptions] = useState<ImportOptions>(() => ({ dateFormat: 'auto', ...imp.options, dryRun: true }));
  const [touched, setTouched] = useState(false);
  const set = (patch: Partial<ImportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const problems = mappingProblems(imp.kind, mapping);
  const usesExternal = mapping['customer.external'] !== undefined || mapping.external !== undefined;

  const start = useMutation({
    mutationFn: () => {
      const clean: ImportOptions = { ...options };
      for (const key of Object.keys(clean) as (keyof ImportOptions)[]) if (clean[key] === '' || clean[key] === undefined) delete clean[key];
      if (imp.kind === 'events') delete clean.overwrite;
      else delete clean.createUnknownCustomers;
      return startImport(imp.id, { mapping, options: clean });
    },
    onSuccess: (started) => {
      void queryClient.invalidateQueries({ queryKey: importsKey });
      onStarted(started);
    },
  });

  const sourceLabel = (target: string) => {
    if (target.startsWith('custom.')) {
      const key = target.slice(7);
      return fields.data?.find((f) => f.key === key)?.label ?? key;
    }
    return t(`imports.targets.${imp.kind}.${target}` as 'imports.targets.events.id');
  };
  const required = (target: string) =>
    imp.kind === 'events' ? target === 'occurredAt' : false;
  const identity = (target: string) => (imp.kind === 'events' ? eventIdentityTargets : customerIdentityTargets).includes(target);

  const columnData = [
    { group: t('imports.mapping.columns'), items: columns.map((c) => ({ value: c, label: c })) },
    { group: t('imports.mapping.other'), items: [{ value: CONSTANT, label: t('imports.mapping.constant') }] },
  ];
  const serverProblems = isApiError(start.error) && Array.isArray(start.error.extra.problems) ? (start.error.extra.problems as string[]) : [];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={4}>{t('imports.mapping.preview')}</Title>
          <Badge variant="light" tt="none">
            {imp.fileName}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {t('imports.mapping.format', {
              type: imp.format.type === 'whitespace' ? t('imports.formats.whitespace') : `CSV "${imp.format.delimiter ?? ','}"`,
              encoding: imp.format.encoding,
            })}
          </Badge>
          {!imp.format.header && (
            <Badge variant="outline" color="orange" tt="none">
              {t('imports.mapping.noHeader')}
            </Badge>
          )}
        </Group>
        <PreviewTable imp={imp} />
      </Stack>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={4}>{t('imports.mapping.title')}</Title>
          <Text size="sm" c="dimmed">
            {t(`imports.mapping.hint.${imp.kind}`)}
          </Text>
          <Paper withBorder radius="md" p={0}>
            <Table verticalSpacing={6} data-testid="import-mapping">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="38%">{t('imports.mapping.field')}</Table.Th>
                  <Table.Th>{t('imports.mapping.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {targets.map((target) => {
                  const source = mapping[target];
                  const isConstant = source !== undefined && typeof source !== 'string';
                  const label = sourceLabel(target);
                  return (
                    <Table.Tr key={target} data-target={target}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={500}>
                            {label}
                          </Text>
                          {required(target) && (
                            <Text span c="red" size="sm" aria-hidden>
                              *
                            </Text>
                          )}
                          {identity(target) && (
                            <Badge size="xs" variant="light" color="grape" tt="none">
                              {t('imports.mapping.identity')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Select
                            size="xs"
                            flex={1}
                            aria-label={t('imports.mapping.sourceFor', { field: label })}
                            placeholder={t('imports.mapping.notMapped')}
                            data={columnData}
                            value={isConstant ? CONSTANT : (source ?? null)}
                            clearable
                            searchable
                            onChange={(v) =>
                              setMapping((m) => {
                                const next = { ...m };
                                if (v === null) delete next[target];
                                else next[target] = v === CONSTANT ? { value: '' } : v;
                                return next;
                              })
                            }
                          />
                          {isConstant && (
                            <TextInput
                              size="xs"
                              flex={1}
                              aria-label={t('imports.mapping.constantFor', { field: label })}
                              placeholder={t('imports.mapping.constantPlaceholder')}
                              value={source.value}
                              onChange={(e) => {
                                const value = e.currentTarget.value;
                                setMapping((m) => ({ ...m, [target]: { value } }));
                              }}
                            />
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        </Stack>

        <Stack gap="xs">
          <Title order={4}>{t('imports.options.title')}</Title>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Switch
                checked={options.dryRun ?? false}
                onChange={(e) => set({ dryRun: e.currentTarget.checked })}
                label={t('imports.options.dryRun')}
                description={t('imports.options.dryRunHint')}
              />
              <TimezoneSelect
                label={t('imports.options.timezone')}
                description={t('imports.options.timezoneHint')}
                placeholder={org.data?.timezone}
                value={options.timezone ?? null}
                onChange={(v) => set({ timezone: v ?? undefined })}
                clearable
              />
              <Select
                label={t('imports.options.dateFormat')}
                data={importDateFormats.map((f) => ({ value: f, label: f === 'auto' ? t('imports.options.dateAuto') : f === 'iso' ? 'ISO 8601' : f }))}
                value={options.dateFormat ?? 'auto'}
                onChange={(v) => set({ dateFormat: (v ?? 'auto') as ImportDateFormat })}
                allowDeselect={false}
              />
              {imp.kind === 'events' && (
                <CurrencySelect
                  label={t('imports.options.currency')}
                  description={t('imports.options.currencyHint')}
                  placeholder={org.data?.currency}
                  value={options.currency ?? null}
                  onChange={(v) => set({ currency: v ?? undefined })}
                  clearable
                />
              )}
              <TextInput
                label={t('imports.options.system')}
                description={t('imports.options.systemHint')}
                placeholder="online-retail"
                value={options.system ?? ''}
                onChange={(e) => set({ system: e.currentTarget.value })}
                required={usesExternal}
                error={touched && usesExternal && !options.system ? t('imports.options.systemRequired') : undefined}
              />
              {imp.kind === 'events' ? (
                <Checkbox
                  checked={options.createUnknownCustomers ?? true}
                  onChange={(e) => set({ createUnknownCustomers: e.currentTarget.checked })}
                  label={t('imports.options.createUnknown')}
                  description={t('imports.options.createUnknownHint')}
                />
              ) : (
                <Checkbox
                  checked={options.overwrite ?? false}
                  onChange={(e) => set({ overwrite: e.currentTarget.checked })}
                  label={t('imports.options.overwrite')}
                  description={t('imports.options.overwriteHint')}
                />
              )}
            </Stack>
          </Paper>
        </Stack>
      </SimpleGrid>

      {touched && problems.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('imports.mapping.incomplete')} data-testid="mapping-problems">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{t(`imports.mapping.problems.${p}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {start.error && (
        <Stack gap={4}>
          <ErrorAlert error={start.error} />
          {serverProblems.length > 0 && (
            <List size="sm" c="red" data-testid="server-mapping-problems">
              {serverProblems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          loading={start.isPending}
          onClick={() => {
            setTouched(true);
            if (problems.length === 0 && !(usesExternal && !options.system)) start.mutate();
          }}
        >
          {options.dryRun ? t('imports.mapping.startDryRun') : t('imports.mapping.start')}
        </Button>
      </Group>
    </Stack>
  );
}
