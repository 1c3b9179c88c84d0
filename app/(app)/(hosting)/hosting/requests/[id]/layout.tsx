import { recordLayout } from "@/components/shell/record-layout";
import { requestRecord } from "./record";

export default recordLayout(requestRecord);
