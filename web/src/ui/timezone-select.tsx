import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'UTC'];
  }
}

/** Searchable IANA time-zone select, with the current UTC offset beside each name. */
export function TimezoneSelect(props: SelectProps) {
  const data = useMemo(() => {
    const now = new Date();
    return zones().map((zone) => {
      let offset = '';
      try {
        offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? '';
      } catch {
        // unknown to this browser; show the bare name
      }
      return { value: zone, label: offset ? `${zone} (${offset})` : zone };
    });
  }, []);
  return <Select searchable limit={200} data={data} {...props} />;
}
