import { recordLayout } from "@/components/shell/record-layout";
import { customerRecord } from "./record";

export default recordLayout(customerRecord);
