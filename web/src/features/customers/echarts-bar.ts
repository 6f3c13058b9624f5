// Only the ECharts parts the profile's chart uses, so the bundle keeps just these
// (imported on demand by spend-chart.tsx).
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { init };
