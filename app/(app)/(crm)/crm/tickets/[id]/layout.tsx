import { recordLayout } from "@/components/shell/record-layout";
import { staffTicketRecord } from "@/components/tickets/ticket-page-data";

export default recordLayout(staffTicketRecord);
