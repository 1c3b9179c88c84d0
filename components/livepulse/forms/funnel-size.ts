/** Height of one step of the funnel chart, shared by the chart and its placeholder. */
export const funnelRowHeight = 40;
