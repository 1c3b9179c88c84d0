-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CUSTOMER', 'SELLER', 'SUPPORT', 'ADMIN');

-- CreateEnum
CREATE TYPE "BillingCycle" AS ENUM ('MONTHLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "DomainOption" AS ENUM ('REGISTER', 'TRANSFER', 'EXISTING');

-- CreateEnum
CREATE TYPE "HostingRequestStatus" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'QUOTED', 'APPROVED', 'PROVISIONING', 'ACTIVE', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LeadStage" AS ENUM ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('HOSTING_REQUEST', 'WEBSITE', 'REFERRAL', 'EMAIL', 'PHONE', 'EVENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('CALL', 'EMAIL', 'MEETING', 'NOTE', 'TASK', 'STAGE_CHANGE', 'ASSIGNMENT', 'SYSTEM');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "TicketPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "FormEventType" AS ENUM ('VIEW', 'START', 'SECTION_COMPLETE', 'VALIDATION_ERROR', 'SUBMIT', 'ABANDON');

-- CreateEnum
CREATE TYPE "ServiceCheckKind" AS ENUM ('DATABASE', 'REALTIME', 'MEMORY', 'EVENT_LOOP', 'HTTP', 'TCP');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('UP', 'DEGRADED', 'DOWN', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "AlertMetric" AS ENUM ('REQUESTS_PER_MINUTE', 'P95_LATENCY_MS', 'ERROR_RATE', 'ACTIVE_USERS', 'FORM_SUBMISSIONS_PER_HOUR', 'FORM_ABANDONMENT_RATE', 'NEW_LEADS_PER_HOUR', 'NEW_TICKETS_PER_HOUR', 'MONITOR_DOWN', 'SLA_BREACHES');

-- CreateEnum
CREATE TYPE "AlertComparator" AS ENUM ('GT', 'GTE', 'LT', 'LTE');

-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('INFO', 'WARNING', 'CRITICAL');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('FIRING', 'ACKNOWLEDGED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('LEAD_CREATED', 'LEAD_ASSIGNED', 'REQUEST_STATUS', 'TICKET_CREATED', 'TICKET_ASSIGNED', 'TICKET_REPLY', 'TICKET_INTERNAL_NOTE', 'TICKET_STATUS', 'SLA_BREACH', 'ALERT_FIRING', 'SYSTEM');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'CUSTOMER',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "company" TEXT,
    "phone" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostingPlan" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tagline" JSONB NOT NULL,
    "features" JSONB NOT NULL,
    "isCustom" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "highlighted" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "monthlyPriceCents" INTEGER NOT NULL,
    "yearlyDiscountPercent" INTEGER NOT NULL DEFAULT 0,
    "cpuIncluded" INTEGER NOT NULL,
    "cpuMin" INTEGER NOT NULL,
    "cpuMax" INTEGER NOT NULL,
    "cpuUnitCents" INTEGER NOT NULL,
    "ramIncludedGb" INTEGER NOT NULL,
    "ramMinGb" INTEGER NOT NULL,
    "ramMaxGb" INTEGER NOT NULL,
    "ramUnitCents" INTEGER NOT NULL,
    "storageIncludedGb" INTEGER NOT NULL,
    "storageMinGb" INTEGER NOT NULL,
    "storageMaxGb" INTEGER NOT NULL,
    "storageUnitCents" INTEGER NOT NULL,
    "sslIncluded" BOOLEAN NOT NULL DEFAULT false,
    "sslCents" INTEGER NOT NULL DEFAULT 0,
    "backupIncluded" BOOLEAN NOT NULL DEFAULT false,
    "backupCents" INTEGER NOT NULL DEFAULT 0,
    "cdnIncluded" BOOLEAN NOT NULL DEFAULT false,
    "cdnCents" INTEGER NOT NULL DEFAULT 0,
    "bandwidthGb" INTEGER,
    "websites" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostingRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "leadId" TEXT,
    "status" "HostingRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "billingCycle" "BillingCycle" NOT NULL DEFAULT 'MONTHLY',
    "cpuCores" INTEGER NOT NULL,
    "ramGb" INTEGER NOT NULL,
    "storageGb" INTEGER NOT NULL,
    "ssl" BOOLEAN NOT NULL DEFAULT false,
    "backup" BOOLEAN NOT NULL DEFAULT false,
    "cdn" BOOLEAN NOT NULL DEFAULT false,
    "domainOption" "DomainOption" NOT NULL,
    "domainName" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "companyName" TEXT,
    "notes" TEXT,
    "monthlyCents" INTEGER NOT NULL,
    "yearlyCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostingRequestStatusChange" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromStatus" "HostingRequestStatus",
    "toStatus" "HostingRequestStatus" NOT NULL,
    "comment" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HostingRequestStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMLead" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "company" TEXT,
    "phone" TEXT,
    "stage" "LeadStage" NOT NULL DEFAULT 'NEW',
    "source" "LeadSource" NOT NULL DEFAULT 'WEBSITE',
    "valueCents" INTEGER NOT NULL DEFAULT 0,
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "notes" TEXT,
    "lostReason" TEXT,
    "customerId" TEXT,
    "assigneeId" TEXT,
    "wonAt" TIMESTAMP(3),
    "lostAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMLead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMActivity" (
    "id" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "userId" TEXT,
    "type" "ActivityType" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT,
    "dueAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "meta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CRMActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CRMTicket" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "TicketPriority" NOT NULL DEFAULT 'NORMAL',
    "customerId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdById" TEXT,
    "hostingRequestId" TEXT,
    "leadId" TEXT,
    "firstResponseDueAt" TIMESTAMP(3),
    "resolutionDueAt" TIMESTAMP(3),
    "firstRespondedAt" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "pausedMs" INTEGER NOT NULL DEFAULT 0,
    "slaBreachedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CRMTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketComment" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaPolicy" (
    "priority" "TicketPriority" NOT NULL,
    "firstResponseMinutes" INTEGER NOT NULL,
    "resolutionMinutes" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlaPolicy_pkey" PRIMARY KEY ("priority")
);

-- CreateTable
CREATE TABLE "FormEvent" (
    "id" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "type" "FormEventType" NOT NULL,
    "section" TEXT,
    "field" TEXT,
    "message" TEXT,
    "durationMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCheck" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ServiceCheckKind" NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "expectedStatus" INTEGER,
    "timeoutMs" INTEGER NOT NULL DEFAULT 5000,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 60,
    "builtin" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "lastStatus" "ServiceStatus" NOT NULL DEFAULT 'UNKNOWN',
    "lastLatencyMs" INTEGER,
    "lastError" TEXT,
    "lastCheckedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCheckResult" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "status" "ServiceStatus" NOT NULL,
    "latencyMs" INTEGER,
    "error" TEXT,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceCheckResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "metric" "AlertMetric" NOT NULL,
    "comparator" "AlertComparator" NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "windowMinutes" INTEGER NOT NULL DEFAULT 5,
    "severity" "AlertSeverity" NOT NULL DEFAULT 'WARNING',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "serviceCheckId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'FIRING',
    "severity" "AlertSeverity" NOT NULL,
    "message" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "firedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "NotificationType" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_disabled_idx" ON "User"("role", "disabled");

-- CreateIndex
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HostingPlan_slug_key" ON "HostingPlan"("slug");

-- CreateIndex
CREATE INDEX "HostingPlan_active_sortOrder_idx" ON "HostingPlan"("active", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "HostingRequest_reference_key" ON "HostingRequest"("reference");

-- CreateIndex
CREATE INDEX "HostingRequest_customerId_createdAt_idx" ON "HostingRequest"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "HostingRequest_status_createdAt_idx" ON "HostingRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "HostingRequest_planId_idx" ON "HostingRequest"("planId");

-- CreateIndex
CREATE INDEX "HostingRequest_leadId_idx" ON "HostingRequest"("leadId");

-- CreateIndex
CREATE INDEX "HostingRequest_createdAt_idx" ON "HostingRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HostingRequest_customerId_idempotencyKey_key" ON "HostingRequest"("customerId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "HostingRequestStatusChange_requestId_createdAt_idx" ON "HostingRequestStatusChange"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMLead_email_idx" ON "CRMLead"("email");

-- CreateIndex
CREATE INDEX "CRMLead_company_idx" ON "CRMLead"("company");

-- CreateIndex
CREATE INDEX "CRMLead_stage_position_idx" ON "CRMLead"("stage", "position");

-- CreateIndex
CREATE INDEX "CRMLead_source_createdAt_idx" ON "CRMLead"("source", "createdAt");

-- CreateIndex
CREATE INDEX "CRMLead_assigneeId_stage_idx" ON "CRMLead"("assigneeId", "stage");

-- CreateIndex
CREATE INDEX "CRMLead_customerId_idx" ON "CRMLead"("customerId");

-- CreateIndex
CREATE INDEX "CRMLead_createdAt_idx" ON "CRMLead"("createdAt");

-- CreateIndex
CREATE INDEX "CRMLead_updatedAt_idx" ON "CRMLead"("updatedAt");

-- CreateIndex
CREATE INDEX "CRMLead_valueCents_idx" ON "CRMLead"("valueCents");

-- CreateIndex
CREATE INDEX "CRMLead_wonAt_idx" ON "CRMLead"("wonAt");

-- CreateIndex
CREATE INDEX "CRMActivity_leadId_createdAt_idx" ON "CRMActivity"("leadId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMActivity_userId_dueAt_idx" ON "CRMActivity"("userId", "dueAt");

-- CreateIndex
CREATE INDEX "CRMActivity_type_createdAt_idx" ON "CRMActivity"("type", "createdAt");

-- CreateIndex
CREATE INDEX "CRMActivity_dueAt_completedAt_idx" ON "CRMActivity"("dueAt", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CRMTicket_number_key" ON "CRMTicket"("number");

-- CreateIndex
CREATE INDEX "CRMTicket_status_priority_idx" ON "CRMTicket"("status", "priority");

-- CreateIndex
CREATE INDEX "CRMTicket_customerId_createdAt_idx" ON "CRMTicket"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "CRMTicket_assigneeId_status_idx" ON "CRMTicket"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "CRMTicket_resolutionDueAt_idx" ON "CRMTicket"("resolutionDueAt");

-- CreateIndex
CREATE INDEX "CRMTicket_createdAt_idx" ON "CRMTicket"("createdAt");

-- CreateIndex
CREATE INDEX "CRMTicket_leadId_idx" ON "CRMTicket"("leadId");

-- CreateIndex
CREATE INDEX "CRMTicket_hostingRequestId_idx" ON "CRMTicket"("hostingRequestId");

-- CreateIndex
CREATE INDEX "TicketComment_ticketId_createdAt_idx" ON "TicketComment"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "FormEvent_form_type_createdAt_idx" ON "FormEvent"("form", "type", "createdAt");

-- CreateIndex
CREATE INDEX "FormEvent_form_sessionId_idx" ON "FormEvent"("form", "sessionId");

-- CreateIndex
CREATE INDEX "FormEvent_createdAt_idx" ON "FormEvent"("createdAt");

-- CreateIndex
CREATE INDEX "ServiceCheck_enabled_lastCheckedAt_idx" ON "ServiceCheck"("enabled", "lastCheckedAt");

-- CreateIndex
CREATE INDEX "ServiceCheckResult_checkId_checkedAt_idx" ON "ServiceCheckResult"("checkId", "checkedAt");

-- CreateIndex
CREATE INDEX "AlertRule_enabled_idx" ON "AlertRule"("enabled");

-- CreateIndex
CREATE INDEX "Alert_status_firedAt_idx" ON "Alert"("status", "firedAt");

-- CreateIndex
CREATE INDEX "Alert_ruleId_status_idx" ON "Alert"("ruleId", "status");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_createdAt_idx" ON "AuditLog"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "RateLimit_resetAt_idx" ON "RateLimit"("resetAt");

-- AddForeignKey
ALTER TABLE "HostingRequest" ADD CONSTRAINT "HostingRequest_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostingRequest" ADD CONSTRAINT "HostingRequest_planId_fkey" FOREIGN KEY ("planId") REFERENCES "HostingPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostingRequest" ADD CONSTRAINT "HostingRequest_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostingRequestStatusChange" ADD CONSTRAINT "HostingRequestStatusChange_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HostingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostingRequestStatusChange" ADD CONSTRAINT "HostingRequestStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMLead" ADD CONSTRAINT "CRMLead_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMActivity" ADD CONSTRAINT "CRMActivity_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMActivity" ADD CONSTRAINT "CRMActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTicket" ADD CONSTRAINT "CRMTicket_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTicket" ADD CONSTRAINT "CRMTicket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTicket" ADD CONSTRAINT "CRMTicket_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTicket" ADD CONSTRAINT "CRMTicket_hostingRequestId_fkey" FOREIGN KEY ("hostingRequestId") REFERENCES "HostingRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CRMTicket" ADD CONSTRAINT "CRMTicket_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "CRMLead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketComment" ADD CONSTRAINT "TicketComment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "CRMTicket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketComment" ADD CONSTRAINT "TicketComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormEvent" ADD CONSTRAINT "FormEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCheckResult" ADD CONSTRAINT "ServiceCheckResult_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "ServiceCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_serviceCheckId_fkey" FOREIGN KEY ("serviceCheckId") REFERENCES "ServiceCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertRule" ADD CONSTRAINT "AlertRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
