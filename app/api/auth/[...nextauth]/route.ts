import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { answerOf } from "@/lib/http";

// Auth.js answers here itself; its answers carry the request's id and HSTS like every API answer.
export const GET = (request: NextRequest) => answerOf(request, () => handlers.GET(request));
export const POST = (request: NextRequest) => answerOf(request, () => handlers.POST(request));
