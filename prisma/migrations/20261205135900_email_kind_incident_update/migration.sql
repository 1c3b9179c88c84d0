-- Customers who opted in to incident mail are told of each incident update.
ALTER TYPE "EmailKind" ADD VALUE 'INCIDENT_UPDATE' AFTER 'ALERT_FIRED';
