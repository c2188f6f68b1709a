import type { Pool } from "pg";

/** A WAL position (`16/B374D848`) as a number that compares, or null when it is not one. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? "");
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : null;
}

/** The primary's current commit position (`16/B374D848`), asked on a pool of the primary. */
export async function primaryPosition(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ lsn: string }>(`select pg_current_wal_lsn()::text as lsn`);
  return rows[0]!.lsn;
}
