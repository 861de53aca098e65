// The name filters of `ashby app list`: --job (sent to Ashby as jobId), --stage and --source
// (applied to each record here, since Ashby's application.list cannot filter by them).
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { Resolver } from '../resolve/index.js';
import { sanitizeCell } from '../io/sanitize.js';

type Rec = Record<string, unknown>;
const norm = (s: unknown) =>
  String(s ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

export async function appListFilter(ctx: Context, o: Rec, body: Rec): Promise<((r: unknown) => boolean) | undefined> {
  const r = new Resolver(ctx);
  if (typeof o.job === 'string') {
    const job = await r.resolve('job', o.job, { flag: '--job' });
    if (body.jobId !== undefined && body.jobId !== job.id) throw new UsageError('--job and --job-id name different jobs; use one of them');
    body.jobId = job.id;
  }
  const tests: Array<(a: Rec) => boolean> = [];
  if (typeof o.stage === 'string') {
    // A stage name is shared by many plans ("Onsite"): any stage of that name counts. A typo is
    // caught against the names there are.
    const want = norm(o.stage);
    const stages = (await r.entries('stage')).items;
    const known = stages.some((s) => norm(s.name) === want || s.id === o.stage);
    if (!known && !ctx.opts.dryRun) {
      const names = [...new Set(stages.map((s) => sanitizeCell(s.name)))];
      throw new UsageError(`--stage "${o.stage}": no interview stage has that name`, { hint: `stages: ${names.join(', ')}` });
    }
    tests.push((a) => {
      const st = (a.currentInterviewStage ?? {}) as Rec;
      return norm(st.title) === want || st.id === o.stage;
    });
  }
  if (typeof o.source === 'string') {
    const source = await r.resolve('source', o.source, { flag: '--source' });
    tests.push((a) => ((a.source ?? {}) as Rec).id === source.id);
  }
  if (!tests.length) return undefined;
  return (rec) => tests.every((t) => t((rec ?? {}) as Rec));
}
