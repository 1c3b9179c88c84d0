-- Days left before a monitored HTTPS certificate expires.
ALTER TYPE "AlertMetric" ADD VALUE 'CERT_DAYS_LEFT' AFTER 'SLA_BREACHES';
