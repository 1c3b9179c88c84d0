// Adds up the test counts that Vitest, Playwright and the cluster test printed into a CI log and
// prints one closing line: "N passed, N failed".
import { readFileSync } from "node:fs";

const text = readFileSync(process.argv[2], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0;
let failed = 0;
// Steps that run side by side prefix each line with their name ("[PostgreSQL] ", "[e2e 3107] "): read past it.
for (const line of text.split("\n").map((l) => l.replace(/^\[[^\]\n]*\] /, ""))) {
  const vitest = line.match(/^\s*Tests\s+(.*)$/);
  const playwright = line.match(/^\s+(\d+) (passed|failed|flaky)( \(|$)/);
  const cluster = line.match(/^[✔✘] cluster test: (\d+) checks passed, (\d+) failed/);
  if (cluster) {
    passed += Number(cluster[1]);
    failed += Number(cluster[2]);
  } else if (vitest) {
    passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
  } else if (playwright) {
    if (playwright[2] === "failed") failed += Number(playwright[1]);
    else passed += Number(playwright[1]);
  }
}
console.log(`${passed} passed, ${failed} failed`);
