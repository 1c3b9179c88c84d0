import { getDatabase } from "../lib/db";

const database = getDatabase();
import { demoLoginLines } from "./seed/demo-users";
import { seed } from "./seed/index";

/** `--if-empty`: seed only a database without users (what `npm start` does). */
const ifEmpty = process.argv.includes("--if-empty");

try {
  if (ifEmpty && (await database.client.user.count()) > 0) {
    console.log("Database already has data: seed skipped.");
  } else {
    const counts = await seed(database.client);
    console.log(
      `Seeded (${database.kind}): ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}`,
    );
    // `npm start` prints the logins once the server is up.
    if (!ifEmpty) console.log("Demo logins:\n" + demoLoginLines().join("\n"));
  }
} finally {
  await database.close();
}
