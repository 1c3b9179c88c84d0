import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { loginUrl, requestPathHeader } from "@/lib/auth/callback-url";
import { homeOf, routeAccess } from "@/lib/auth/permissions";

/**
 * Redirects only: anonymous visitors to the login page, signed-in users away
 * from pages their role may not open. Services check permissions again, and
 * pages guard themselves with `requirePage`, which reads the path handed here.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const role = request.auth?.user?.role ?? null;

  if (role && (pathname === "/login" || pathname === "/register")) {
    return NextResponse.redirect(new URL(homeOf[role], request.nextUrl));
  }

  const access = routeAccess(pathname, role);
  if (access === "sign-in") {
    return NextResponse.redirect(new URL(loginUrl(pathname + search), request.nextUrl));
  }
  if (access === "forbidden" && role) {
    return NextResponse.redirect(new URL(homeOf[role], request.nextUrl));
  }
  // Set here whatever the client sent, so a page's sign-in link always names the page itself.
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, pathname + search);
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webp|txt)$).*)"],
};
