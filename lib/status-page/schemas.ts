import { z } from "zod";
import { pagination } from "../list-query";
import { IncidentImpact, IncidentState } from "../generated/prisma/enums.ts";

export const incidentImpacts = Object.values(IncidentImpact) as [IncidentImpact, ...IncidentImpact[]];
export const incidentStates = Object.values(IncidentState) as [IncidentState, ...IncidentState[]];
/** The states an incident may be declared in: every one but resolved. */
export const openIncidentStates = incidentStates.filter((state) => state !== "RESOLVED") as [IncidentState, ...IncidentState[]];
export type IncidentImpactName = IncidentImpact;
export type IncidentStateName = IncidentState;

const id = z.string().trim().min(1, "required").max(40, "tooLong");
/** A list of ids, each once. */
const ids = (max: number) =>
  z
    .array(id, { message: "required" })
    .max(max, "tooMany")
    .transform((values) => [...new Set(values)]);

export const incidentTitleMax = 160;
export const incidentMessageMax = 5000;
const message = z.string().trim().min(3, "tooShort").max(incidentMessageMax, "tooLong");

/** Declaring an incident: what the customers read, which published services it touches, and the first message. */
export const declareIncidentSchema = z.object({
  title: z.string().trim().min(3, "tooShort").max(incidentTitleMax, "tooLong"),
  impact: z.enum(incidentImpacts, { message: "required" }),
  state: z.enum(openIncidentStates, { message: "required" }).default("INVESTIGATING"),
  serviceIds: ids(50).refine((values) => values.length > 0, "required"),
  message,
  /** The firing alert it comes from, if any. */
  alertId: id.nullish(),
});
export type DeclareIncidentInput = z.input<typeof declareIncidentSchema>;
export type DeclareIncident = z.output<typeof declareIncidentSchema>;

/** One update of an incident's timeline: the state it moves to (or stays in) and what the customers read. */
export const incidentUpdateSchema = z.object({
  state: z.enum(incidentStates, { message: "required" }),
  message,
});
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;

const publicName = z.string().trim().min(2, "tooShort").max(80, "tooLong");

/** Whether a monitored service is on the status page, under which public names, for which plans' customers. */
export const publicationSchema = z.object({
  published: z.boolean(),
  nameFr: publicName,
  nameEn: publicName,
  /** None: every customer depends on it. */
  planIds: ids(50).default([]),
});
export type PublicationInput = z.input<typeof publicationSchema>;
export type Publication = z.output<typeof publicationSchema>;

export const incidentIdParams = z.object({ id });
export const serviceIdParams = z.object({ id });

export const incidentListQuery = z.object({
  status: z.enum(["all", "open"]).catch("all").default("all"),
  ...pagination(20, 100),
});
export type IncidentListQuery = z.output<typeof incidentListQuery>;
