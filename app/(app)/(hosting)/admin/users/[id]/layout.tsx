import { recordLayout } from "@/components/shell/record-layout";
import { userRecord } from "./record";

export default recordLayout(userRecord);
