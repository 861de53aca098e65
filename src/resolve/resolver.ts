// Turns what a person types (a job title, a user's email, a stage name, ...) into an id. A UUID is
// taken as is. Otherwise the name is matched against the cached list of that kind (exactly, then as
// a part of a name), the list is refreshed once on a miss, an ambiguous name opens a picker on a
// terminal or exits 2 listing the matches, and no match at all exits 3.
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { isUnsafeText, quoteName, sanitizeCell } from '../io/sanitize.js';
import { readCache, refresh, ttlSeconds, writeCache } from './cache.js';
import { idOrText, isUuid, label, listing, type Entry } from './entry.js';
import { fetchPlanStages, KIND_NOUN, type CacheKind } from './kinds.js';

export interface ResolverOptions {
  /** --refresh-cache: ignore what is on disk and list again from the API. */
  refreshCache?: boolean;
}

/** "Not found" for a name we looked up ourselves (exit 3), worded for people. */
export class LookupNotFoundError extends NotFoundError {
  constructor(message: string, hint?: string) {
    super({ endpoint: 'lookup', code: 'not_found', message }, hint);
    this.message = message;
  }
}

/** A miss names every current choice when there are at most this many (archive reasons, templates). */
const MAX_CHOICES_NAMED = 20;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Exact matches on id, name or alternative names; failing that, names containing the query. */
export function matchEntries(entries: Entry[], query: string): { matches: Entry[]; exact: boolean } {
  const q = norm(query);
  const byId = entries.filter((e) => e.id === query.trim());
  if (byId.length) return { matches: byId, exact: true };
  const names = (e: Entry) => [e.name, ...(e.alt ?? [])].map(norm);
  let matches = entries.filter((e) => names(e).includes(q));
  const exact = matches.length > 0;
  if (!exact) matches = entries.filter((e) => names(e).some((n) => n.includes(q)));
  // Archived things only count when nothing current matches.
  const current = matches.filter((e) => !e.archived);
  return { matches: current.length ? current : matches, exact };
}

/** In a dry run nothing is read, so a name we cannot resolve from the cache stays a visible placeholder. */
export function placeholder(kind: string, query: string): Entry {
  return { id: `<${kind}:${query}>`, name: query };
}

export class Resolver {
  private lists = new Map<CacheKind, { items: Entry[]; fetched: boolean }>();
  /** Plans whose stages were read from the API during this command: never read twice. */
  private fetchedPlans = new Set<string>();

  constructor(
    readonly ctx: Context,
    private opts: ResolverOptions = {},
  ) {}

  get dryRun(): boolean {
    return Boolean(this.ctx.opts.dryRun);
  }

  /** Every entry of a kind: from memory, else the cache when fresh, else the API. */
  async entries(kind: CacheKind, fresh = false): Promise<{ items: Entry[]; fetched: boolean }> {
    const have = this.lists.get(kind);
    if (have && (have.fetched || !fresh)) return have;
    if (!fresh && !this.opts.refreshCache) {
      const file = await readCache(this.ctx, kind);
      if (file && (!file.stale || this.dryRun)) {
        const got = { items: file.items, fetched: false };
        this.lists.set(kind, got);
        return got;
      }
    }
    const got = { items: await refresh(this.ctx, kind), fetched: true };
    this.lists.set(kind, got);
    return got;
  }

  /**
   * The one entry a query names. `filter` narrows the candidates (e.g. templates that can be
   * emailed); `flag` names the option in messages; `strict`: only a whole name (or an id) is taken,
   * as one() takes it for a command that changes things.
   */
  async resolve(kind: CacheKind, query: string, opts: { filter?: (e: Entry) => boolean; flag?: string; strict?: boolean } = {}): Promise<Entry> {
    const noun = KIND_NOUN[kind];
    const q = idOrText(query.trim());
    if (!q) throw new UsageError(`${opts.flag ?? noun}: empty value`);
    if (isUuid(q)) {
      // No lookup for an id; facts about it come along only if the cache happens to have them.
      const known = this.lists.get(kind)?.items.find((e) => e.id === q);
      return known ?? { id: q, name: q };
    }
    let { items, fetched } = await this.entries(kind);
    const filtered = () => (opts.filter ? items.filter(opts.filter) : items);
    let found = matchEntries(filtered(), q);
    if (!found.matches.length && !fetched && !this.dryRun) {
      ({ items, fetched } = await this.entries(kind, true));
      found = matchEntries(filtered(), q);
    }
    if (!found.matches.length && this.dryRun) return placeholder(kind, q);
    if (!found.matches.length) {
      // "check the value" alone leaves the one who typed it (or an assistant) to guess: a short list is named.
      const choices = filtered().filter((e) => !e.archived);
      if (choices.length && choices.length <= MAX_CHOICES_NAMED) {
        const hint = `${opts.flag ? `check the value of ${opts.flag}; ` : ''}the ${noun}s: ${choices.map((e) => sanitizeCell(e.name)).join(', ')}`;
        throw new LookupNotFoundError(`no ${noun} matches ${quoteName(q)}`, hint);
      }
    }
    return this.one(noun, q, found.matches, found.exact, opts.flag, undefined, opts.strict);
  }

  /** Picks one of several matches on a terminal, or explains the ambiguity (exit 2) or the miss (exit 3). */
  async one(noun: string, query: string, matches: Entry[], exact: boolean, flag?: string, hint?: string, strict = false): Promise<Entry> {
    if (strict && !exact && matches.length) {
      // A command that changes things acts on a name only when it is the whole name (or email).
      const email = noun === 'candidate' || matches.some((m) => m.alt?.length);
      if (this.ctx.canPick) return this.pick(`${quoteName(query)} is only part of a name; which ${noun}?`, matches);
      throw new UsageError(
        `${quoteName(query)}${flag ? ` (${flag})` : ''} is not the full name${email ? ' or email' : ''} of a ${noun}; it partly matches:\n${listing(matches)}`,
        { hint: email ? 'give the full name, the email or the id' : 'give the full name or the id' },
      );
    }
    if (matches.length === 1) {
      if (!exact) this.ctx.info(`using ${noun} "${sanitizeCell(matches[0].name)}" for "${query}"`);
      return matches[0];
    }
    if (!matches.length) {
      throw new LookupNotFoundError(`no ${noun} matches ${quoteName(query)}`, flag ? `check the value of ${flag}, or pass an id` : undefined);
    }
    if (this.ctx.canPick) return this.pick(`${quoteName(query)} matches ${matches.length} ${noun}s; which one?`, matches);
    // Namesakes: the full name is what was given, so only what tells them apart helps.
    const namesakes = new Set(matches.map((m) => m.name.toLowerCase())).size === 1;
    hint ??= namesakes ? `they share the name: give the ${matches.every((m) => m.alt?.length) ? 'email or the ' : ''}id` : 'give the full name or the id';
    throw new UsageError(`${quoteName(query)} matches ${matches.length} ${noun}s${flag ? ` (${flag})` : ''}:\n${listing(matches)}`, { hint });
  }

  async pick(message: string, entries: Entry[]): Promise<Entry> {
    const p = await this.ctx.prompter();
    // Namesakes (two jobs of one title, a candidate's applications to them) would be two identical
    // lines: each of those shows its id, which is also what a script would pass.
    const labels = entries.map(label);
    const twice = labels.filter((l, i) => labels.findIndex((m) => m.toLowerCase() === l.toLowerCase()) !== i).map((l) => l.toLowerCase());
    const id = await p.select(
      message,
      entries.map((e, i) => ({ name: twice.includes(labels[i].toLowerCase()) ? `${labels[i]}  ${e.id}` : labels[i], value: e.id, description: e.id })),
    );
    return entries.find((e) => e.id === id)!;
  }

  /**
   * How a command line names `e` (a wizard's `# to script this:` hint): by its name when that name
   * finds it again, else by its id (namesakes such as two jobs of one title would be ambiguous).
   */
  async forScript(kind: CacheKind, e: Entry): Promise<string> {
    if (isPlaceholder(e.id)) return e.name;
    // A name the hint cannot show as it is (the sanitiser drops an invisible character, a control)
    // would name another record once copied ("Intern\u200b" shows as "Intern"): by its id instead.
    if (isUnsafeText(e.name)) return e.id;
    const { matches } = matchEntries((await this.entries(kind)).items, e.name);
    return matches.length === 1 && matches[0].id === e.id ? e.name : e.id;
  }

  /** A picker over the current entries of a kind; with `none`, a first choice meaning "nothing". */
  async choose(kind: CacheKind, question: string, opts: { filter?: (e: Entry) => boolean; none?: string } = {}): Promise<Entry | undefined> {
    const items = (await this.entries(kind)).items.filter((e) => !e.archived && (opts.filter?.(e) ?? true));
    const picked = await this.pick(question, opts.none ? [{ id: '', name: opts.none }, ...items] : items);
    return picked.id ? picked : undefined;
  }

  /** Stages of one interview plan in plan order, from the cache when it holds that plan fresh. */
  async planStages(interviewPlanId: string, fresh = false): Promise<Entry[]> {
    if (this.dryRun && isPlaceholder(interviewPlanId)) return [];
    const cached = await this.cachedStages();
    const ofPlan = cached.filter((e) => e.meta?.interviewPlanId === interviewPlanId);
    const ttl = ttlSeconds(this.ctx) * 1000;
    const young = ofPlan.length > 0 && ofPlan.every((e) => Date.now() - Number(e.meta?.fetchedAt ?? 0) < ttl);
    const reading = this.planReads.get(interviewPlanId);
    if (reading) return reading;
    if (this.fetchedPlans.has(interviewPlanId)) return ofPlan;
    if (!fresh && !this.opts.refreshCache && (young || (this.dryRun && ofPlan.length))) return ofPlan;
    const read = (async () => {
      const stages = await fetchPlanStages(this.ctx, interviewPlanId);
      this.fetchedPlans.add(interviewPlanId);
      // Merged into the stages known now, not those known before the read: a batch reads several
      // plans at once, and merging into the older list dropped the plans read meanwhile.
      const now = this.lists.get('stage')?.items ?? cached;
      const merged = [...now.filter((e) => e.meta?.interviewPlanId !== interviewPlanId), ...stages];
      this.lists.set('stage', { items: merged, fetched: false });
      await writeCache(this.ctx, 'stage', merged);
      return stages;
    })();
    this.planReads.set(interviewPlanId, read);
    try {
      return await read;
    } finally {
      this.planReads.delete(interviewPlanId);
    }
  }

  /** A plan's stages being read from the API: a second look-up of the plan waits for that read. */
  private planReads = new Map<string, Promise<Entry[]>>();

  /** Whatever stages are known, of any age: each plan's entries carry their own fetch time. */
  private async cachedStages(): Promise<Entry[]> {
    const have = this.lists.get('stage');
    if (have) return have.items;
    if (this.opts.refreshCache) return [];
    return (await readCache(this.ctx, 'stage'))?.items ?? [];
  }

  /** A stage of the plan by name (or id). */
  async stage(interviewPlanId: string, query: string, flag = '--stage'): Promise<Entry> {
    const q = query.trim();
    if (this.dryRun && isPlaceholder(interviewPlanId)) return isUuid(q) ? { id: q, name: q } : placeholder('stage', q);
    let stages = await this.planStages(interviewPlanId);
    let found = matchEntries(stages, q);
    if (!found.matches.length) {
      stages = await this.planStages(interviewPlanId, true);
      found = matchEntries(stages, q);
    }
    if (!found.matches.length) {
      throw new LookupNotFoundError(
        `no stage matches ${quoteName(q)} in this interview plan`,
        `its stages: ${stages.map((s) => sanitizeCell(s.name)).join(', ')}`,
      );
    }
    return this.one('stage', q, found.matches, found.exact, flag);
  }

  /** The first stage of a type (Archived, Hired, ...) in the plan. */
  async stageOfType(interviewPlanId: string, type: string): Promise<Entry> {
    if (this.dryRun && isPlaceholder(interviewPlanId)) return placeholder('stage', `type ${type}`);
    const find = (list: Entry[]) => list.find((s) => String(s.meta?.type).toLowerCase() === type.toLowerCase());
    const hit = find(await this.planStages(interviewPlanId)) ?? find(await this.planStages(interviewPlanId, true));
    if (!hit) throw new LookupNotFoundError(`the interview plan ${interviewPlanId} has no stage of type ${type}`);
    return hit;
  }
}

export function isPlaceholder(id: string): boolean {
  return id.startsWith('<');
}
