import { recordLayout } from "@/components/shell/record-layout";
import { emailRecord } from "./record";

export default recordLayout(emailRecord);
