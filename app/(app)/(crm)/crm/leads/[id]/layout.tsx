import { recordLayout } from "@/components/shell/record-layout";
import { leadRecord } from "./record";

export default recordLayout(leadRecord);
