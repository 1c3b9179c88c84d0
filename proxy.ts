import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { homeOf, routeAccess } from "@/lib/auth/permissions";

/**
 * Redirects only: anonymous visitors to the login page, signed-in users away
 * from pages their role may not open. Services check permissions again.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const role = request.auth?.user?.role ?? null;

  if (role && (pathname === "/login" || pathname === "/register")) {
    return NextResponse.redirect(new URL(homeOf[role], request.nextUrl));
  }

  const access = routeAccess(pathname, role);
  if (access === "sign-in") {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  if (access === "forbidden" && role) {
    return NextResponse.redirect(new URL(homeOf[role], request.nextUrl));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webp|txt)$).*)"],
};
