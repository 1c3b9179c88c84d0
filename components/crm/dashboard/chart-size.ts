/** Height of the dashboard's charts, shared by the charts, their placeholders and the page's skeleton. */
export const chartHeight = 256;
