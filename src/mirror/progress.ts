// application_progress: one narrow row per application, derived from the application and its stage
// history while syncing, so that the analytics read a few megabytes instead of every record and
// every history row. Kept in step by rows.ts in the transaction that writes what it derives from:
// an application's row (its columns, and its history as the mirror has it) and the replacement of
// an application's history.
import type { StatementSync } from 'node:sqlite';
import type { Db } from './db.js';
import { PROGRESS, PROGRESS_COPIED } from './schema.js';

type Value = string | number | null;

/** One history entry, as far as the derived columns care. */
export interface Visit {
  stage_id: Value;
  entered_at: Value;
}

/**
 * When the application entered its current stage (the latest entry for that stage in its history,
 * else its updated_at), and the stage ids in its history (sorted, distinct, space-separated).
 */
export function derive(
  stageId: Value,
  updatedAt: Value,
  history: Iterable<Visit>,
): { stageEnteredAt: Value; stageEnteredMs: number | null; stages: string | null } {
  let entered: Value = null;
  const ids = new Set<string>();
  for (const h of history) {
    if (h.stage_id === null || h.stage_id === undefined) continue;
    ids.add(String(h.stage_id));
    if (h.stage_id === stageId && h.entered_at !== null && h.entered_at !== undefined && (entered === null || String(h.entered_at) > String(entered)))
      entered = h.entered_at;
  }
  const at = entered ?? updatedAt;
  return { stageEnteredAt: at, stageEnteredMs: msOf(at), stages: ids.size ? [...ids].sort().join(' ') : null };
}

/** A time as JavaScript reads it (Date.parse), in milliseconds; null when it is not one. */
export function msOf(v: unknown): number | null {
  const ms = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

const COLUMNS = ['id', ...PROGRESS_COPIED, 'stage_entered_at', 'stage_entered_ms', 'stages'];

export class Progress {
  private upsert: StatementSync;
  private historyOf: StatementSync;
  private current: StatementSync;
  private setDerived: StatementSync;
  private remove: StatementSync;

  constructor(private db: Db) {
    this.upsert = db.prepare(`INSERT OR REPLACE INTO ${PROGRESS.name} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
    this.historyOf = db.prepare('SELECT stage_id, entered_at FROM application_history WHERE application_id = ?');
    this.current = db.prepare(`SELECT stage_id, updated_at FROM ${PROGRESS.name} WHERE id = ?`);
    this.setDerived = db.prepare(`UPDATE ${PROGRESS.name} SET stage_entered_at = ?, stage_entered_ms = ?, stages = ? WHERE id = ?`);
    db.function('ms_of', { deterministic: true }, msOf);
    this.remove = db.prepare(`DELETE FROM ${PROGRESS.name} WHERE id = ?`);
  }

  /** An application's row was written (`row`: its column values), its history being what the mirror holds (`noHistory`: none). */
  application(id: string, row: Record<string, unknown>, noHistory = false): void {
    const d = derive(row.stage_id as Value, row.updated_at as Value, noHistory ? [] : (this.historyOf.all(id) as unknown as Visit[]));
    this.upsert.run(id, ...PROGRESS_COPIED.map((c) => (row[c] ?? null) as Value), d.stageEnteredAt, d.stageEnteredMs, d.stages);
  }

  /** An application's history was replaced by `visits`. */
  history(applicationId: string, visits: Visit[]): void {
    const app = this.current.get(applicationId) as { stage_id: Value; updated_at: Value } | undefined;
    if (!app) return;
    const d = derive(app.stage_id, app.updated_at, visits);
    this.setDerived.run(d.stageEnteredAt, d.stageEnteredMs, d.stages, applicationId);
  }

  removed(id: string): void {
    this.remove.run(id);
  }

  /**
   * Every application without a row yet, as one without history (a first sync's applications).
   * `+id`: read the table in storage order and sort, rather than look each row up in id order.
   */
  addAll(): void {
    this.db.exec(
      `INSERT OR IGNORE INTO ${PROGRESS.name} (${COLUMNS.join(', ')})
       SELECT id, ${PROGRESS_COPIED.join(', ')}, updated_at, ms_of(updated_at), NULL FROM applications ORDER BY +id`,
    );
  }
}

/** Derives every application's row from the tables (a mirror from before the table existed). */
export function rebuildProgress(db: Db): void {
  db.exec(`DELETE FROM ${PROGRESS.name}`);
  const p = new Progress(db);
  for (const row of db.prepare(`SELECT id, ${PROGRESS_COPIED.join(', ')} FROM applications`).iterate() as Iterable<Record<string, unknown>>)
    p.application(String(row.id), row);
}
