import { createRequire } from 'node:module';

/**
 * Charts for the DOCX, rendered on the server without a browser: ECharts draws SVG in its
 * server-side mode, resvg rasterises it to PNG with the DejaVu Sans font shipped by an npm
 * package (full Vietnamese coverage, no system fonts needed). Both libraries load on first use,
 * so nothing is imported until a multi-month synthesis asks for a chart.
 */
export interface ChartSpec {
  kind: 'line' | 'bar' | 'stacked';
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; color?: string }[];
  /** Axis maximum (100 for percentages); automatic when absent. */
  max?: number;
}

export interface ChartImage {
  png: Buffer;
  widthPx: number;
  heightPx: number;
}

const WIDTH = 900;
const PLOT_HEIGHT = 380;
const LEGEND_LINE = 26;
const SCALE = 2;
const FONT = 'DejaVu Sans';

const require = createRequire(import.meta.url);

function option(spec: ChartSpec) {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    // No title inside the picture: the document puts the caption under it.
    textStyle: { fontFamily: FONT, fontSize: 17, color: '#111111' },
    // One legend line per series: topic and unit names are long, and a wrapped legend hid the axis.
    legend: { bottom: 0, left: 'center', orient: 'vertical', type: 'plain', itemGap: 8, textStyle: { fontFamily: FONT, fontSize: 16, color: '#111111' } },
    grid: { left: 24, right: 24, top: 24, bottom: LEGEND_LINE * spec.series.length + 16, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, axisLabel: { fontFamily: FONT, fontSize: 16, color: '#111111' } },
    yAxis: { type: 'value', minInterval: 1, max: spec.max, axisLabel: { fontFamily: FONT, fontSize: 16, color: '#111111' } },
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.kind === 'line' ? 'line' : 'bar',
      stack: spec.kind === 'stacked' ? 'all' : undefined,
      data: s.values,
      itemStyle: s.color ? { color: s.color } : undefined,
      connectNulls: false,
      lineStyle: spec.kind === 'line' ? { width: 3 } : undefined,
      symbolSize: 8,
      label: spec.kind === 'bar' ? { show: true, position: 'top', fontFamily: FONT, fontSize: 14 } : undefined,
    })),
  };
}

export async function renderChart(spec: ChartSpec): Promise<ChartImage> {
  const echarts = await import('echarts');
  const { Resvg } = await import('@resvg/resvg-js');
  const height = PLOT_HEIGHT + LEGEND_LINE * spec.series.length;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption(option(spec));
    const svg = chart.renderToSVGString();
    const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
    const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT }, fitTo: { mode: 'zoom', value: SCALE } });
    const png = resvg.render().asPng();
    return { png: Buffer.from(png), widthPx: WIDTH, heightPx: height };
  } finally {
    chart.dispose();
  }
}
