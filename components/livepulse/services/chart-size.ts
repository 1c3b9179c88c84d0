/** The latency chart's height, shared by the chart and its placeholder so nothing moves when it loads. */
export const latencyChartHeight = 96;
