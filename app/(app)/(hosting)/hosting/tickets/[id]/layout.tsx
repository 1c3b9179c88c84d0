import { recordLayout } from "@/components/shell/record-layout";
import { customerTicketRecord } from "@/components/tickets/ticket-page-data";

export default recordLayout(customerTicketRecord);
