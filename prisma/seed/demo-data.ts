import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client.ts";
import type {
  ActivityType,
  FormEventType,
  HostingRequestStatus,
  LeadSource,
  LeadStage,
  TicketPriority,
  TicketStatus,
} from "../../lib/generated/prisma/enums.ts";
import { ticketReference } from "../../lib/format";
import { quote } from "../../lib/hosting/pricing";
import { activeDueAt, clockAfterStatus, slaDeadlines, type SlaClock } from "../../lib/tickets/sla";
import { plans } from "./plans";

/** A small deterministic generator, so every seeded database looks the same. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

const DAY = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const extraCustomers = [
  ["Thomas Girard", "thomas.girard@boulangerie-girard.fr", "Boulangerie Girard"],
  ["Léa Rousseau", "lea@studio-rousseau.fr", "Studio Rousseau"],
  ["Hugo Lambert", "hugo.lambert@lambert-avocats.fr", "Lambert Avocats"],
  ["Emma Fontaine", "emma@fontaine-bio.fr", "Fontaine Bio"],
  ["Lucas Chevalier", "lucas@chevalier-sport.com", "Chevalier Sport"],
  ["Chloé Garnier", "chloe.garnier@agence-garnier.fr", "Agence Garnier"],
] as const;

const prospects = [
  ["Antoine Perrin", "antoine@perrin-immo.fr", "Perrin Immobilier"],
  ["Manon Faure", "manon.faure@atelier-faure.fr", "Atelier Faure"],
  ["Nicolas Blanc", "n.blanc@blanc-logistique.fr", "Blanc Logistique"],
  ["Inès Mercier", "ines@mercier-design.com", "Mercier Design"],
  ["Paul Dubois", "paul.dubois@dubois-conseil.fr", "Dubois Conseil"],
  ["Sophie Bernard", "sophie@bernard-voyages.fr", "Bernard Voyages"],
  ["Maxime Roux", "maxime@roux-auto.fr", "Roux Automobiles"],
  ["Julie Vincent", "julie.vincent@vincent-sante.fr", "Cabinet Vincent"],
  ["Alexandre Muller", "alex@muller-tech.eu", "Muller Tech"],
  ["Clara Lefebvre", "clara@lefebvre-edition.fr", "Éditions Lefebvre"],
  ["Romain André", "romain@andre-btp.fr", "André BTP"],
  ["Laura Simon", "laura.simon@simon-events.fr", "Simon Events"],
  ["Mathieu Laurent", "mathieu@laurent-fintech.io", "Laurent Fintech"],
  ["Pauline Michel", "pauline@michel-mode.fr", "Michel Mode"],
  ["Kevin Garcia", "kevin@garcia-games.com", "Garcia Games"],
  ["Sarah David", "sarah.david@david-archi.fr", "David Architectes"],
  ["Quentin Bertrand", "quentin@bertrand-vins.fr", "Domaine Bertrand"],
  ["Marine Robert", "marine@robert-formation.fr", "Robert Formation"],
  ["Vincent Petit", "vincent@petit-compta.fr", "Petit Expertise"],
  ["Océane Durand", "oceane@durand-photo.fr", "Durand Photo"],
  ["Adrien Leroy", "adrien@leroy-saas.com", "Leroy SaaS"],
  ["Elise Morel", "elise@morel-cosmetiques.fr", "Morel Cosmétiques"],
] as const;

const ticketSubjects = [
  ["Site inaccessible depuis ce matin", "Notre site renvoie une erreur 502 depuis 8 h. Pouvez-vous vérifier ?"],
  ["Renouvellement du certificat SSL", "Le navigateur indique que le certificat expire dans 5 jours."],
  ["Augmenter l'espace disque", "Nous arrivons à 90 % du stockage, comment passer à 150 Go ?"],
  ["Configurer les enregistrements DNS", "Je dois ajouter un enregistrement MX pour notre messagerie."],
  ["Restaurer une sauvegarde", "Un fichier a été supprimé par erreur hier soir, pouvez-vous le restaurer ?"],
  ["Lenteurs sur la boutique", "Les pages produit mettent plus de 4 secondes à s'afficher."],
  ["Accès SFTP refusé", "Mon client SFTP affiche « permission denied » avec mes identifiants."],
  ["Question sur la facture", "La facture de ce mois comporte une ligne CDN que je ne comprends pas."],
  ["Migration depuis un autre hébergeur", "Pouvez-vous nous accompagner pour migrer trois sites WordPress ?"],
  ["Erreur d'envoi d'e-mails", "Les e-mails du formulaire de contact n'arrivent plus."],
  ["Mettre à jour PHP", "Nous souhaitons passer en PHP 8.4, est-ce possible sans coupure ?"],
  ["Pic de trafic prévu", "Nous lançons une campagne TV vendredi, faut-il prévoir plus de ressources ?"],
] as const;

const activitySubjects: Record<"CALL" | "EMAIL" | "MEETING" | "NOTE" | "TASK", string[]> = {
  CALL: ["Appel de découverte", "Point sur les besoins", "Relance téléphonique", "Appel de qualification"],
  EMAIL: ["Envoi de la proposition", "Réponse aux questions techniques", "Relance par e-mail", "Envoi de la documentation"],
  MEETING: ["Démo de la plateforme", "Rendez-vous avec la DSI", "Atelier d'architecture"],
  NOTE: ["Budget validé par la direction", "Concurrent actuel : hébergeur mutualisé", "Souhaite un interlocuteur unique"],
  TASK: ["Préparer le devis", "Envoyer le contrat", "Planifier la migration", "Rappeler la semaine prochaine"],
};

/**
 * Demo leads, requests, tickets, activities and form events. Every row has a
 * fixed id and is inserted with skipDuplicates, so a second run adds nothing.
 */
export async function seedDemoData(db: PrismaClient, users: { customers: string[]; sellers: string[]; support: string[]; admin: string }) {
  const rng = random(20261125);
  const now = Date.now();
  const allPlans = await db.hostingPlan.findMany({ where: { id: { in: plans.map((p) => p.id) } } });
  const found = await db.user.findMany({ where: { id: { in: users.customers } } });
  // In the given order: the demo customer first, so its requests are the same on every seed.
  const customerRows = users.customers.map((id) => found.find((u) => u.id === id)!);

  // Hosting requests, each tied to its customer's lead.
  const requestStatuses: HostingRequestStatus[] = [
    "SUBMITTED",
    "IN_REVIEW",
    "QUOTED",
    "APPROVED",
    "PROVISIONING",
    "ACTIVE",
    "REJECTED",
    "CANCELLED",
  ];
  const path: HostingRequestStatus[] = ["SUBMITTED", "IN_REVIEW", "QUOTED", "APPROVED", "PROVISIONING", "ACTIVE"];
  const requests: Prisma.HostingRequestCreateManyInput[] = [];
  const changes: Prisma.HostingRequestStatusChangeCreateManyInput[] = [];
  const leads: Array<Prisma.CRMLeadCreateManyInput & { id: string; createdAt: Date }> = [];
  const year = new Date(now).getUTCFullYear();
  for (let i = 0; i < 14; i++) {
    const customer = customerRows[i % customerRows.length];
    const plan = allPlans[i % 3 === 2 ? rng.int(0, 3) : i % allPlans.length];
    const status = i < 3 ? (["SUBMITTED", "IN_REVIEW", "ACTIVE"] as const)[i] : rng.pick(requestStatuses);
    const cpuCores = rng.int(plan.cpuMin, Math.min(plan.cpuMax, plan.cpuIncluded + 2));
    const ramGb = rng.int(plan.ramMinGb, Math.min(plan.ramMaxGb, plan.ramIncludedGb + 4));
    const storageGb = rng.int(plan.storageMinGb / 10, Math.min(plan.storageMaxGb, plan.storageIncludedGb + 100) / 10) * 10;
    const config = {
      cpuCores,
      ramGb,
      storageGb,
      ssl: plan.sslIncluded || rng.next() > 0.3,
      backup: plan.backupIncluded || rng.next() > 0.5,
      cdn: plan.cdnIncluded || rng.next() > 0.7,
      billingCycle: rng.next() > 0.5 ? ("YEARLY" as const) : ("MONTHLY" as const),
    };
    const price = quote(plan, config);
    const createdAt = new Date(now - (i * 2 + rng.int(0, 1)) * DAY - rng.int(1, 10) * 3_600_000);
    const domain = `${(customer.company ?? customer.name)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")}.fr`;
    const id = `seed_req_${pad(i + 1, 3)}`;
    const leadId = `seed_lead_c${pad(customerRows.indexOf(customer) + 1, 2)}`;
    requests.push({
      id,
      reference: `HR-${year}-${pad(i + 1, 5)}`,
      customerId: customer.id,
      planId: plan.id,
      leadId,
      status,
      ...config,
      domainOption: rng.pick(["REGISTER", "TRANSFER", "EXISTING"] as const),
      domainName: i % 2 ? `shop.${domain}` : domain,
      contactName: customer.name,
      contactEmail: customer.email,
      companyName: customer.company,
      monthlyCents: price.monthlyCents,
      yearlyCents: price.yearlyCents,
      vatCents: price.vatCents,
      totalCents: price.totalCents,
      createdAt,
      updatedAt: createdAt,
    });
    const steps = status === "REJECTED" || status === "CANCELLED" ? ["SUBMITTED", status] : path.slice(0, path.indexOf(status) + 1);
    steps.forEach((to, step) => {
      changes.push({
        id: `${id}_ch${step}`,
        requestId: id,
        fromStatus: step === 0 ? null : (steps[step - 1] as HostingRequestStatus),
        toStatus: to as HostingRequestStatus,
        actorId: step === 0 ? customer.id : rng.pick(users.sellers),
        comment: step === 0 ? null : to === "REJECTED" ? "Configuration incompatible avec l'offre choisie." : null,
        createdAt: new Date(createdAt.getTime() + step * 6 * 3_600_000),
      });
    });
  }

  // One lead per customer with requests (deduplicated by email), then prospects.
  const customerLeadValue = new Map<string, number>();
  for (const r of requests) customerLeadValue.set(r.customerId, (customerLeadValue.get(r.customerId) ?? 0) + r.yearlyCents);
  customerRows.forEach((customer, index) => {
    const createdAt = new Date(now - (28 - index * 2) * DAY);
    leads.push({
      id: `seed_lead_c${pad(index + 1, 2)}`,
      name: customer.name,
      email: customer.email,
      company: customer.company,
      stage: (["NEW", "QUALIFIED", "WON", "PROPOSAL", "CONTACTED", "NEGOTIATION", "WON"] as LeadStage[])[index % 7],
      source: "HOSTING_REQUEST" as LeadSource,
      valueCents: customerLeadValue.get(customer.id) ?? 0,
      position: index,
      customerId: customer.id,
      assigneeId: index === 0 ? null : users.sellers[index % users.sellers.length],
      createdAt,
      updatedAt: createdAt,
    });
  });
  const stages: LeadStage[] = ["NEW", "NEW", "CONTACTED", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"];
  const sources: LeadSource[] = ["WEBSITE", "REFERRAL", "EMAIL", "PHONE", "EVENT", "OTHER", "WEBSITE"];
  prospects.forEach(([name, email, company], index) => {
    const stage = stages[index % stages.length];
    const createdAt = new Date(now - rng.int(1, 75) * DAY);
    leads.push({
      id: `seed_lead_p${pad(index + 1, 2)}`,
      name,
      email,
      company,
      stage,
      source: sources[index % sources.length],
      valueCents: rng.int(6, 180) * 1000,
      position: index,
      assigneeId: index % 5 === 0 ? null : rng.pick(users.sellers),
      lostReason: stage === "LOST" ? "Budget reporté à l'an prochain" : null,
      wonAt: stage === "WON" ? new Date(createdAt.getTime() + rng.int(3, 20) * DAY) : null,
      lostAt: stage === "LOST" ? new Date(createdAt.getTime() + rng.int(3, 20) * DAY) : null,
      createdAt,
      updatedAt: createdAt,
    });
  });
  for (const lead of leads) if (lead.stage === "WON" && !lead.wonAt) lead.wonAt = new Date(lead.createdAt.getTime() + 5 * DAY);

  const activities: Prisma.CRMActivityCreateManyInput[] = [];
  for (const lead of leads) {
    const count = rng.int(1, 5);
    for (let a = 0; a < count; a++) {
      const type = rng.pick(["CALL", "EMAIL", "MEETING", "NOTE", "TASK"] as const);
      const createdAt = new Date(Math.min(now - 3_600_000, lead.createdAt.getTime() + (a + 1) * rng.int(1, 4) * DAY));
      const due = type === "TASK" ? new Date(now + rng.int(-3, 7) * DAY) : null;
      activities.push({
        id: `${lead.id}_act${a}`,
        leadId: lead.id,
        userId: lead.assigneeId ?? rng.pick(users.sellers),
        type: type as ActivityType,
        subject: rng.pick(activitySubjects[type]),
        dueAt: due,
        completedAt: due && due.getTime() < now && rng.next() > 0.4 ? due : null,
        createdAt,
      });
      if (!lead.lastActivityAt || createdAt > (lead.lastActivityAt as Date)) lead.lastActivityAt = createdAt;
    }
  }

  // Tickets with public replies and internal notes.
  const priorities: TicketPriority[] = ["LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"];
  const ticketStatuses: TicketStatus[] = ["OPEN", "OPEN", "IN_PROGRESS", "WAITING_CUSTOMER", "RESOLVED", "CLOSED"];
  const slaHours: Record<TicketPriority, [number, number]> = { LOW: [24, 120], NORMAL: [8, 48], HIGH: [4, 24], URGENT: [1, 8] };
  const tickets: Prisma.CRMTicketCreateManyInput[] = [];
  const comments: Prisma.TicketCommentCreateManyInput[] = [];
  ticketSubjects.forEach(([subject, description], index) => {
    const customer = customerRows[index % customerRows.length];
    const priority = priorities[index % priorities.length];
    const status = index < 2 ? "OPEN" : ticketStatuses[index % ticketStatuses.length];
    // Tickets still open are recent, as in a queue that is worked; the others span the past week.
    const createdAt = new Date(now - (status === "OPEN" || status === "IN_PROGRESS" ? rng.int(1, 30) : rng.int(2, 200)) * 3_600_000);
    const [firstHours, resolveHours] = slaHours[priority];
    const answered = status !== "OPEN";
    const assigneeId = status === "OPEN" && index % 2 === 0 ? null : rng.pick(users.support);
    const id = `seed_ticket_${pad(index + 1, 3)}`;
    const request = requests.find((r) => r.customerId === customer.id);
    const deadlines = slaDeadlines(createdAt, { firstResponseMinutes: firstHours * 60, resolutionMinutes: resolveHours * 60 }, 0);
    const firstRespondedAt = answered ? new Date(createdAt.getTime() + rng.int(10, 50) * 60_000) : null;
    const statusAt = new Date(createdAt.getTime() + rng.int(2, 20) * 3_600_000);
    const open: SlaClock = {
      status: "OPEN",
      createdAt,
      firstRespondedAt,
      resolvedAt: null,
      pausedAt: null,
      pausedMs: 0,
      slaBreachedAt: null,
      ...deadlines,
    };
    // The clock fields as the service would have left them after the ticket's last status change.
    const clock =
      status === "OPEN"
        ? { ...open, slaDueAt: activeDueAt(open) }
        : clockAfterStatus(open, status, new Date(Math.min(statusAt.getTime(), now)));
    // Breaches as the sweep (or a late reply or resolution) would have recorded them by now.
    const late = (due: Date | null, at: Date | null) => (due !== null && (at ?? new Date(now)) > due ? due : null);
    const paused = clock.pausedAt !== null;
    const firstResponseBreachedAt = paused && !firstRespondedAt ? null : late(clock.firstResponseDueAt, firstRespondedAt);
    const resolutionBreachedAt = paused || !firstRespondedAt ? null : late(clock.resolutionDueAt, clock.resolvedAt);
    const slaBreachedAt = firstResponseBreachedAt ?? resolutionBreachedAt;
    tickets.push({
      id,
      number: 1000 + index + 1,
      subject,
      description,
      status,
      priority,
      customerId: customer.id,
      assigneeId,
      createdById: customer.id,
      hostingRequestId: request?.id ?? null,
      leadId: request?.leadId ?? null,
      firstResponseDueAt: clock.firstResponseDueAt,
      resolutionDueAt: clock.resolutionDueAt,
      firstRespondedAt,
      pausedAt: clock.pausedAt,
      pausedMs: clock.pausedMs,
      slaDueAt: clock.slaDueAt,
      slaBreachedAt,
      firstResponseBreachedAt,
      resolutionBreachedAt,
      resolvedAt: clock.resolvedAt,
      closedAt: status === "CLOSED" ? new Date(Math.min(statusAt.getTime() + 24 * 3_600_000, now)) : null,
      createdAt,
      updatedAt: new Date(Math.min(statusAt.getTime(), now)),
    });
    if (answered) {
      const agent = assigneeId ?? users.support[0];
      comments.push(
        {
          id: `${id}_c1`,
          ticketId: id,
          authorId: agent,
          internal: false,
          body: "Bonjour, merci pour votre message. Nous regardons cela tout de suite.",
          createdAt: new Date(createdAt.getTime() + 20 * 60_000),
        },
        {
          id: `${id}_c2`,
          ticketId: id,
          authorId: agent,
          internal: true,
          body: "Vérifier les journaux du serveur web avant de répondre au client.",
          createdAt: new Date(createdAt.getTime() + 25 * 60_000),
        },
        {
          id: `${id}_c3`,
          ticketId: id,
          authorId: customer.id,
          internal: false,
          body: "Merci beaucoup pour votre réactivité !",
          createdAt: new Date(createdAt.getTime() + 90 * 60_000),
        },
      );
    }
  });

  // Request-form analytics for the last 30 days: about a third only look, each section loses a
  // few, the domain name trips people up most, and most of those who reach the summary send it.
  const formEvents: Prisma.FormEventCreateManyInput[] = [];
  const sections = ["customer", "resources", "domain", "options", "summary"];
  const leaveAt: Record<string, number> = { customer: 0.1, resources: 0.14, domain: 0.12, options: 0.05, summary: 0.04 };
  const mistakes: Array<[section: string, field: string, message: string, chance: number]> = [
    ["customer", "contactPhone", "phoneInvalid", 0.12],
    ["customer", "contactEmail", "email", 0.06],
    ["resources", "cpuCores", "outOfRange", 0.08],
    ["domain", "domainName", "domainInvalid", 0.3],
    ["domain", "domainName", "required", 0.08],
  ];
  for (let s = 0; s < 320; s++) {
    const sessionId = `seed_session_${pad(s, 4)}`;
    const start = now - rng.int(0, 30 * 24) * 3_600_000 - rng.int(0, 59) * 60_000;
    let t = start;
    const push = (type: FormEventType, extra: { section?: string; field?: string; message?: string; durationMs?: number } = {}) => {
      formEvents.push({
        id: `${sessionId}_${formEvents.length}`,
        form: "hosting-request",
        sessionId,
        type,
        createdAt: new Date(Math.min(t, now)),
        ...extra,
      });
      t += rng.int(15, 120) * 1000;
    };
    push("VIEW");
    if (rng.next() < 0.34) continue;
    push("START");
    let completed = 0;
    for (const section of sections) {
      for (const [where, field, message, chance] of mistakes)
        if (where === section && rng.next() < chance) push("VALIDATION_ERROR", { section, field, message });
      if (rng.next() < leaveAt[section]) break;
      push("SECTION_COMPLETE", { section });
      completed++;
    }
    if (completed === sections.length && rng.next() < 0.9) push("SUBMIT", { durationMs: t - start });
    else push("ABANDON", { section: sections[Math.min(completed, sections.length - 1)], durationMs: t - start });
  }

  // Notification titles are facts (reference, names, subject): the UI puts the translated label
  // of the type in front of them. Links open what the notification is about.
  const planName = (id: string) => allPlans.find((p) => p.id === id)?.name ?? "";
  const hour = 3_600_000;
  const notifications: Prisma.NotificationCreateManyInput[] = [
    ...users.sellers.flatMap((sellerId, i) => [
      ...requests.slice(0, 3).map((request, j) => ({
        id: `seed_notif_s${i}_${j}`,
        userId: sellerId,
        type: "LEAD_CREATED" as const,
        title: [request.reference, request.companyName ?? request.contactName, planName(request.planId)].join(" · "),
        link: `/hosting/requests/${request.id}`,
        readAt: j === 2 ? new Date(now - DAY) : null,
        createdAt: new Date(now - (j + 1) * hour),
      })),
      ...leads
        .filter((lead) => lead.assigneeId === sellerId && lead.stage !== "WON" && lead.stage !== "LOST")
        .slice(0, 2)
        .map((lead, j) => ({
          id: `seed_notif_s${i}_a${j}`,
          userId: sellerId,
          type: "LEAD_ASSIGNED" as const,
          title: [lead.name, lead.company].filter(Boolean).join(" · "),
          link: `/crm/leads/${lead.id}`,
          readAt: j === 1 ? new Date(now - 2 * DAY) : null,
          createdAt: new Date(now - (j === 0 ? 25 * 60_000 : 3 * DAY)),
        })),
    ]),
    ...users.support.map((supportId, i) => ({
      id: `seed_notif_t${i}`,
      userId: supportId,
      type: "TICKET_CREATED" as const,
      title: `${ticketReference(tickets[0].number!)} · ${ticketSubjects[0][0]}`,
      link: `/crm/tickets/${tickets[0].id}`,
      readAt: null,
      createdAt: new Date(now - 2 * hour),
    })),
    // The demo customer hears of their own requests moving along.
    ...requests
      .filter((r) => r.customerId === users.customers[0] && r.status !== "SUBMITTED")
      .slice(0, 2)
      .map((request, j) => ({
        id: `seed_notif_c${j}`,
        userId: users.customers[0],
        type: "REQUEST_STATUS" as const,
        title: `${request.reference} · ${planName(request.planId)}`,
        body: request.status,
        link: `/hosting/requests/${request.id}`,
        readAt: j === 0 ? null : new Date(now - 3 * DAY),
        createdAt: new Date(now - (j === 0 ? 5 * hour : 4 * DAY)),
      })),
  ];

  await db.cRMLead.createMany({ data: leads, skipDuplicates: true });
  await db.hostingRequest.createMany({ data: requests, skipDuplicates: true });
  await db.hostingRequestStatusChange.createMany({ data: changes, skipDuplicates: true });
  await db.cRMActivity.createMany({ data: activities, skipDuplicates: true });
  await db.cRMTicket.createMany({ data: tickets, skipDuplicates: true });
  await db.ticketComment.createMany({ data: comments, skipDuplicates: true });
  await db.formEvent.createMany({ data: formEvents, skipDuplicates: true });
  await db.notification.createMany({ data: notifications, skipDuplicates: true });
  // References above were numbered by hand: the counter continues after them.
  await db.$executeRaw`INSERT INTO "Counter" ("name", "value") VALUES (${`hosting-request-${year}`}, ${requests.length})
    ON CONFLICT ("name") DO UPDATE SET "value" = GREATEST("Counter"."value", EXCLUDED."value")`;
  // Ticket numbers above were chosen by hand: move the sequence past them.
  await db.$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('"CRMTicket"', 'number'), GREATEST((SELECT MAX("number") FROM "CRMTicket"), 1))`,
  );
  return {
    leads: leads.length,
    requests: requests.length,
    activities: activities.length,
    tickets: tickets.length,
    formEvents: formEvents.length,
  };
}
