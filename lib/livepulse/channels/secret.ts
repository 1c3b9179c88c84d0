import { randomBytes } from "node:crypto";

/** A webhook channel's signing secret: 32 random bytes, recognisable by its prefix. */
export const generateSigningSecret = (): string => `whsec_${randomBytes(32).toString("base64url")}`;
