/**
 * The counter row of a year's hosting request references: `HR-<year>-00001` and on, drawn with the
 * request that takes one (lib/hosting/requests/record-submission.ts).
 */
export const requestCounterName = (year: number) => `hosting-request-${year}`;
