/** Height of a metric's sparkline, shared by the chart, its placeholder and the page's skeleton. */
export const sparkHeight = 48;
