import { Badge, Button, CloseButton, Collapse, Divider, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconFileExport, IconFileImport, IconPlus, IconSearch, IconUserSearch, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { customerSorts, type CustomerSort } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { useOrganisation } from '../organisation/organisation.api';
import { useStoreOptions } from '../stores/stores.api';
import { CustomerFormModal } from './customer-form-modal';
import { formatMoney } from './customer-format';
import { ActiveFilterPills, CustomerFiltersPanel } from './customer-filters';
import { customersCsvUrl, useCustomerSearch, useCustomersInfinite, useCustomFields } from './customers.api';
import { CustomersTable } from './customers-table';
import { countFilters, useListState } from './list-state';
import { SavedViews } from './saved-views';

/** The prominent quick search: Enter looks a customer up by phone, email, game account, card or name. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <TextInput
          size="lg"
          radius="md"
          flex={1}
          leftSection={<IconSearch size={20} />}
          placeholder={t('customers.search.placeholder')}
          aria-label={t('customers.search.label')}
          description={t('customers.search.hint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          rightSection={
            text ? (
              <CloseButton
                aria-label={t('customers.search.clear')}
                onClick={() => {
                  setText('');
                  onSearch('');
                }}
              />
            ) : undefined
          }
          data-testid="customer-search"
        />
        <Button size="lg" type="submit" variant="filled">
          {t('common.search')}
        </Button>
      </Group>
    </form>
  );
}

export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const can = usePermissions();
  const state = useListState();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const fields = useCustomFields();
  const stores = useStoreOptions();
  const org = useOrganisation();
  const currency = org.data?.currency;
  const searching = state.q.length > 0;
  // Sent as typed: the server reads "138 1234 5678" as a phone number and matches it exactly.
  const search = useCustomerSearch(state.q.trim());
  const list = useCustomersInfinite(state.filters, state.sort);
  const customers = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filterCount = countFilters(state.filters);

  const storeOptions = (stores.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }));
  const storeName = (id: string | null) => (id ? (stores.data?.items.find((s) => s.id === id)?.name ?? '—') : '—');

  return (
    <>
      <PageHeader
        title={t('nav.customers')}
        description={t('customers.description')}
        actions={
          <>
            {can('customers:import') && (
              <Button component={Link} to="/imports/new" variant="default" leftSection={<IconFileImport size={16} />}>
                {t('customers.import')}
              </Button>
            )}
            {can('customers:write') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('customers.create')}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="lg" radius="md" mb="lg">
        <SearchBox value={state.q} onSearch={state.setQuery} />
      </Paper>

      {searching ? (
        <Paper withBorder p="md" radius="md" data-testid="search-results">
          <Group justify="space-between" mb="md">
            <Text fw={600}>{t('customers.search.resultsFor', { q: state.q })}</Text>
            <Button variant="subtle" onClick={() => state.setQuery('')}>
              {t('customers.search.backToList')}
            </Button>
          </Group>
          {search.isPending ? (
            <TableSkeleton rows={3} />
          ) : search.error ? (
            <ErrorAlert error={search.error} />
          ) : search.data.items.length === 0 ? (
            <EmptyState icon={<IconUserSearch size={28} />} title={t('customers.search.none')} description={t('customers.search.noneHint')} />
          ) : (
            <CustomersTable rows={search.data.items} storeName={storeName} currency={currency} testId="search-table" />
          )}
        </Paper>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb="md" gap="sm" wrap="wrap">
            <Group gap="sm" wrap="wrap">
              <SavedViews
                viewId={state.viewId}
                filters={state.filters}
                sort={state.sort}
                onSelect={(view) => (view ? state.applyView(view.id, { filters: view.filters ?? {}, sort: view.sort }) : state.applyView(null))}
              />
              <Button
                variant={filtersOpen ? 'light' : 'default'}
                leftSection={<IconAdjustmentsHorizontal size={16} />}
                rightSection={
                  filterCount > 0 ? (
                    <Badge size="sm" circle>
                      {filterCount}
                    </Badge>
                  ) : undefined
                }
                onClick={() => setFiltersOpen((o) => !o)}
                aria-expanded={filtersOpen}
              >
                {t('customers.filters.title')}
              </Button>
            </Group>
            <Group gap="sm" wrap="wrap">
            {can('customers:export') && (
              <Tooltip label={t('customers.exportCsv.hint')} multiline w={260}>
                <Button component="a" href={customersCsvUrl(state.filters, state.sort)} download variant="default" leftSection={<IconFileExport size={16} />}>
                  {t('customers.exportCsv.label')}
                </Button>
              </Tooltip>
            )}
            <Select
              aria-label={t('customers.sort.label')}
              leftSection={<Text size="xs" c="dimmed" pl={8}>{t('customers.sort.label')}</Text>}
              leftSectionWidth={i18n.language.startsWith('zh') ? 48 : 60}
              data={customerSorts.map((s) => ({ value: s, label: t(`customers.sort.${s}`) }))}
              value={state.sort}
              onChange={(v) => v && state.setSort(v as CustomerSort)}
              allowDeselect={false}
              w={250}
            />
            </Group>
          </Group>
          <Collapse expanded={filtersOpen}>
            <Paper withBorder p="md" radius="md" mb="md" bg="var(--mantine-color-gray-0)">
              <CustomerFiltersPanel filters={state.filters} fields={fields.data ?? []} storeOptions={storeOptions} onApply={state.setFilters} />
            </Paper>
          </Collapse>
          <ActiveFilterPills
            filters={state.filters}
            fields={fields.data ?? []}
            storeName={storeName}
            currencyFormat={(n) => formatMoney(n, currency, i18n.language)}
            onChange={state.setFilters}
          />
          {list.isPending ? (
            <TableSkeleton rows={8} />
          ) : list.error ? (
            <ErrorAlert error={list.error} />
          ) : customers.length === 0 ? (
            <EmptyState
              icon={<IconUsersGroup size={28} />}
              title={filterCount ? t('common.noMatches') : t('customers.empty')}
              description={filterCount ? t('common.noMatchesHint') : t('customers.emptyHint')}
              action={
                filterCount ? (
                  <Button variant="light" onClick={() => state.setFilters({})}>
                    {t('common.clearFilters')}
                  </Button>
                ) : (
                  can('customers:write') && (
                    <Button variant="light" onClick={() => setCreating(true)}>
                      {t('customers.create')}
                    </Button>
                  )
                )
              }
            />
          ) : (
            <Stack gap={0} opacity={list.isPlaceholderData ? 0.6 : 1}>
              <CustomersTable rows={customers.map((c) => ({ customer: c }))} storeName={storeName} currency={currency} testId="customers-table" />
              <Divider />
              <Text size="xs" c="dimmed" mt="xs">
                {list.hasNextPage ? t('customers.shownMore', { count: customers.length }) : t('customers.shown', { count: customers.length })}
              </Text>
            </Stack>
          )}
          <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
        </Paper>
      )}
      {can('customers:write') && (
        <CustomerFormModal opened={creating} customer={null} onClose={() => setCreating(false)} onSaved={(c) => void navigate(`/customers/${c.id}`)} />
      )}
    </>
  );
}
