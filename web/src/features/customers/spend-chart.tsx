import { Skeleton } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface SpendBar {
  label: string;
  value: number;
  color: string;
}

type ECharts = typeof import('./echarts-bar');
let loading: Promise<ECharts> | null = null;

/** ECharts with only the bar chart, loaded on first use so other pages do not download it. */
function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts-bar');
  return loading;
}

/** Horizontal bars of money figures the API gives (no invented series). */
export function SpendChart({ bars, format, ariaLabel }: { bars: SpendBar[]; format: (n: number) => string; ariaLabel: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const height = 40 + bars.length * 34;

  useEffect(() => {
    let disposed = false;
    let chart: ReturnType<ECharts['init']> | null = null;
    const observer = new ResizeObserver(() => chart?.resize());
    void loadECharts().then((echarts) => {
      if (disposed || !ref.current) return;
      chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
      chart.setOption({
        animationDuration: 400,
        grid: { left: 8, right: 90, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'item', valueFormatter: (v: unknown) => format(Number(v)) },
        xAxis: { type: 'value', show: false, max: (v: { max: number }) => (v.max > 0 ? v.max : 1) },
        yAxis: {
          type: 'category',
          inverse: true,
          data: bars.map((b) => b.label),
          axisLine: { show: false },
          axisTick: { show: false },
          axisLabel: { color: '#495057', fontSize: 12 },
        },
        series: [
          {
            type: 'bar',
            barWidth: 16,
            data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color, borderRadius: [0, 4, 4, 0] } })),
            label: { show: true, position: 'right', formatter: (p: { value: unknown }) => format(Number(p.value)), color: '#212529', fontSize: 12 },
          },
        ],
      });
      observer.observe(ref.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [bars, format]);

  return (
    <div style={{ position: 'relative', height }} role="img" aria-label={ariaLabel} data-testid="spend-chart">
      {!ready && <Skeleton height={height} style={{ position: 'absolute', inset: 0 }} />}
      <div ref={ref} style={{ width: '100%', height }} />
    </div>
  );
}
