// The same forms as the signed-in root's sign-in pages: one skeleton for both.
export { default } from "@/app/(app)/(auth)/loading";
