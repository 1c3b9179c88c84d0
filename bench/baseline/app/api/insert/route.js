import pg from "pg";

// As large as the app's pool.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function POST(request) {
  const body = await request.json();
  const { rows } = await pool.query("INSERT INTO bench_bare (key) VALUES ($1) ON CONFLICT (key) DO NOTHING RETURNING id", [
    body.idempotencyKey,
  ]);
  return Response.json({ id: rows[0]?.id ?? null }, { status: rows.length ? 201 : 200 });
}
