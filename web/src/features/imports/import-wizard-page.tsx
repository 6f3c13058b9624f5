import { Anchor, Breadcrumbs, Paper, Skeleton, Stepper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Import, ImportWithPreview } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { ImportMappingStep } from './import-mapping-step';
import { ImportProgress, ImportResult } from './import-run';
import { ImportUploadStep } from './import-upload-step';
import { importKey, importsKey, isActive, useImport } from './imports.api';

/** Which step an import is at: mapping until started, progress while it runs, then the result. */
function stepOf(imp: Import | undefined, editing: boolean): number {
  if (!imp) return 0;
  if (imp.status === 'uploaded' || editing) return 1;
  if (isActive(imp.status)) return 2;
  return 3;
}

/** /imports/new and /imports/:id — upload, map, run (or dry-run) and follow one import. */
export function ImportWizardPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const imp = useImport(id ?? null);
  const [editing, setEditing] = useState(false);
  const step = stepOf(id ? imp.data : undefined, editing);

  const onUploaded = (created: ImportWithPreview) => {
    queryClient.setQueryData(importKey(created.id), created);
    void queryClient.invalidateQueries({ queryKey: importsKey });
    void navigate(`/imports/${created.id}`, { replace: true });
  };
  const onStarted = (started: Import) => {
    queryClient.setQueryData(importKey(started.id), (old: ImportWithPreview | undefined) => (old ? { ...old, ...started } : old));
    setEditing(false);
  };

  let body;
  if (id && imp.isPending) body = <Skeleton height={320} radius="md" />;
  else if (id && imp.error) body = <ErrorAlert error={imp.error} />;
  else if (step === 0) body = <ImportUploadStep onUploaded={onUploaded} />;
  else if (step === 1) body = <ImportMappingStep key={imp.data!.id + String(editing)} imp={imp.data!} onStarted={onStarted} />;
  else if (step === 2) body = <ImportProgress imp={imp.data!} />;
  else body = <ImportResult imp={imp.data!} onEditMapping={() => setEditing(true)} onNew={() => void navigate('/imports/new')} />;

  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to="/imports" size="sm">
          {t('nav.imports')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {imp.data?.fileName ?? t('imports.new')}
        </Text>
      </Breadcrumbs>
      <PageHeader title={t('imports.wizardTitle')} description={t('imports.wizardDescription')} />
      <Paper withBorder radius="md" p="lg">
        <Stepper active={step === 3 ? 4 : step} size="sm" mb="xl" allowNextStepsSelect={false}>
          <Stepper.Step label={t('imports.steps.upload')} description={t('imports.steps.uploadHint')} />
          <Stepper.Step label={t('imports.steps.mapping')} description={t('imports.steps.mappingHint')} />
          <Stepper.Step label={t('imports.steps.run')} description={t('imports.steps.runHint')} />
          <Stepper.Step label={t('imports.steps.result')} description={t('imports.steps.resultHint')} />
        </Stepper>
        {body}
      </Paper>
    </>
  );
}
