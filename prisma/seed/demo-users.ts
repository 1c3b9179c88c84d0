/** The demo logins printed by `npm start` and listed in the README. */
export const demoUsers = [
  { role: "CUSTOMER", email: "client@orbite.test", password: "client-demo-2026", name: "Camille Martin", company: "Atelier Martin" },
  { role: "SELLER", email: "vente@orbite.test", password: "vente-demo-2026", name: "Julien Moreau", company: "Orbite" },
  { role: "SUPPORT", email: "support@orbite.test", password: "support-demo-2026", name: "Sarah Lefèvre", company: "Orbite" },
  { role: "ADMIN", email: "admin@orbite.test", password: "admin-demo-2026", name: "Nadia Benali", company: "Orbite" },
] as const;

export function demoLoginLines(): string[] {
  return demoUsers.map((u) => `  ${u.role.toLowerCase().padEnd(9)} ${u.email.padEnd(22)} ${u.password}`);
}
