import { formSections } from "./schemas";

export type FormEventKind = "VIEW" | "START" | "SECTION_COMPLETE" | "VALIDATION_ERROR" | "SUBMIT" | "ABANDON";
export type FormSectionName = (typeof formSections)[number];

/**
 * One event, or several identical ones of a session already grouped by the database
 * (`count` of them, `at` the earliest). `id`, when known, lets a resent event count once.
 */
export type FunnelEvent = {
  id?: string;
  sessionId: string;
  type: FormEventKind;
  section?: string | null;
  field?: string | null;
  message?: string | null;
  durationMs?: number | null;
  at: Date;
  count?: number;
};

export type FunnelStep = {
  key: "VIEW" | "START" | FormSectionName | "SUBMIT";
  /** Sessions that reached the step. */
  sessions: number;
  /** Share of the sessions that started (0–1); views are measured against themselves. */
  ofStarts: number | null;
  /** Sessions lost since the previous step (never negative), and that loss as a share of it. */
  dropOff: number;
  dropOffRate: number;
};

export type FrequentError = { field: string; message: string; sessions: number; occurrences: number };

export type FormFunnel = {
  views: number;
  starts: number;
  submissions: number;
  /** Started and not submitted. */
  abandoned: number;
  abandonmentRate: number;
  /** Submissions / views. */
  conversionRate: number;
  medianCompletionMs: number | null;
  steps: FunnelStep[];
  errors: FrequentError[];
};

type Session = {
  viewed: boolean;
  started: boolean;
  startedAt: number | null;
  submittedAt: number | null;
  submitDuration: number | null;
  sections: Set<string>;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

const earliest = (current: number | null, next: number) => (current === null ? next : Math.min(current, next));

/**
 * The form's funnel over a set of events: every figure counts distinct sessions, so a resent
 * event or events arriving out of order change nothing. A session that got further than a step
 * (submitted without its START reaching us) still counts as having passed it.
 */
export function formFunnel(events: readonly FunnelEvent[], sections: readonly string[] = formSections): FormFunnel {
  const sessions = new Map<string, Session>();
  const errors = new Map<string, { field: string; message: string; sessions: Set<string>; occurrences: number }>();
  const seen = new Set<string>();

  for (const event of events) {
    if (event.id) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    let session = sessions.get(event.sessionId);
    if (!session) {
      session = { viewed: true, started: false, startedAt: null, submittedAt: null, submitDuration: null, sections: new Set() };
      sessions.set(event.sessionId, session);
    }
    const at = event.at.getTime();
    switch (event.type) {
      case "START":
        session.started = true;
        session.startedAt = earliest(session.startedAt, at);
        break;
      case "SECTION_COMPLETE":
        session.started = true;
        if (event.section) session.sections.add(event.section);
        break;
      case "SUBMIT":
        session.started = true;
        session.submittedAt = earliest(session.submittedAt, at);
        if (event.durationMs != null) session.submitDuration = Math.max(session.submitDuration ?? 0, event.durationMs);
        break;
      case "VALIDATION_ERROR": {
        if (!event.field || !event.message) break;
        const key = `${event.field}\u0000${event.message}`;
        const entry = errors.get(key) ?? { field: event.field, message: event.message, sessions: new Set(), occurrences: 0 };
        entry.sessions.add(event.sessionId);
        entry.occurrences += event.count ?? 1;
        errors.set(key, entry);
        break;
      }
      default:
        break;
    }
  }

  const started = [...sessions.values()].filter((s) => s.started);
  const submitted = started.filter((s) => s.submittedAt !== null);
  return funnelOf(
    {
      views: sessions.size,
      starts: started.length,
      submissions: submitted.length,
      sections: Object.fromEntries(sections.map((section) => [section, started.filter((s) => s.sections.has(section)).length])),
      medianCompletionMs: median(
        submitted.flatMap((s) => {
          if (s.startedAt !== null && s.submittedAt! >= s.startedAt) return [s.submittedAt! - s.startedAt];
          return s.submitDuration !== null ? [s.submitDuration] : [];
        }),
      ),
      errors: [...errors.values()].map((e) => ({
        field: e.field,
        message: e.message,
        sessions: e.sessions.size,
        occurrences: e.occurrences,
      })),
    },
    sections,
  );
}

/**
 * What a funnel is made of, counted in distinct sessions: those seen (views), those that started,
 * those of them that submitted, those of them that completed each section; the median time from
 * start to submission; each validation error's sessions and occurrences.
 */
export type FunnelCounts = {
  views: number;
  starts: number;
  submissions: number;
  sections: Record<string, number>;
  medianCompletionMs: number | null;
  errors: FrequentError[];
};

/** The funnel's rates and steps from its counts, whether counted here (formFunnel) or by the database. */
export function funnelOf(counts: FunnelCounts, sections: readonly string[] = formSections): FormFunnel {
  const { views, starts, submissions } = counts;
  const abandoned = starts - submissions;
  const steps: Array<[FunnelStep["key"], number]> = [
    ["VIEW", views],
    ["START", starts],
    ...sections.map((section) => [section as FormSectionName, counts.sections[section] ?? 0] as [FunnelStep["key"], number]),
    ["SUBMIT", submissions],
  ];
  return {
    views,
    starts,
    submissions,
    abandoned,
    abandonmentRate: ratio(abandoned, starts),
    conversionRate: ratio(submissions, views),
    medianCompletionMs: counts.medianCompletionMs,
    steps: steps.map(([key, count], index): FunnelStep => {
      const previous = index === 0 ? count : steps[index - 1][1];
      const dropOff = Math.max(0, previous - count);
      return {
        key,
        sessions: count,
        ofStarts: key === "VIEW" ? null : ratio(count, starts),
        dropOff,
        dropOffRate: ratio(dropOff, previous),
      };
    }),
    errors: [...counts.errors].sort((a, b) => b.sessions - a.sessions || b.occurrences - a.occurrences || a.field.localeCompare(b.field)),
  };
}
