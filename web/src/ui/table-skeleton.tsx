import { Skeleton, Stack } from '@mantine/core';

/** Placeholder rows while a list loads. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true">
      <Skeleton height={36} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={28} opacity={1 - i * 0.12} />
      ))}
    </Stack>
  );
}
