// Issue 15, output (items 10-13, 17): tables sized to content with readable dates, "no results",
// --jq per format, --fields typos, conflicting or repeated flags, the page-limit warning, plain
// string lists, and the Node version check — through the CLI against the sandbox.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, json, tempConfigDir } from './helpers/cli.js';
import { sandboxSuite } from './helpers/workflow-fixtures.js';
import { TmuxSession, tmuxAvailable } from './helpers/workflow-tmux.js';

const s = sandboxSuite();
const cli = s.cli;

describe('searches Ashby answers only in part', () => {
  it('candidate search says when it got the 100 matches Ashby answers at most: there may be more', async () => {
    const many = await cli(['candidate', 'search', 'a', '--json']);
    expect(many.code, many.stderr).toBe(0);
    expect(json<unknown[]>(many)).toHaveLength(100);
    expect(many.stderr).toMatch(/warning: .*at most 100.*there may be more/);
    const one = await cli(['candidate', 'search', 'Donald Sammet', '--json']);
    expect(one.code, one.stderr).toBe(0);
    expect(json<unknown[]>(one).length).toBeLessThan(100);
    expect(one.stderr).not.toContain('at most 100');
  });
});

describe('output formats', () => {
  it('a list of plain strings is a one-column table or CSV', async () => {
    const csv = await cli(['hiring-team-role', 'list', '-o', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('value');
    expect(lines).toContain('Recruiter');
    const table = await cli(['hiring-team-role', 'list', '-o', 'table']);
    expect(table.stdout.split('\n')[0].trim()).toBe('VALUE');
    expect(table.stdout).toContain('Recruiter');
  });

  it('--fields naming no field is an error listing the fields there are', async () => {
    const r = await cli(['candidate', 'list', '--limit', '2', '--fields', 'id,nmae']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--fields: "nmae" matches no field of these records');
    expect(r.stderr).toMatch(/available fields: id, name, /);
    const ok = await cli(['candidate', 'list', '--limit', '2', '--fields', 'id,primaryEmailAddress.value', '-o', 'ndjson']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('--jq: compact lines with -o ndjson, records rendered with -o csv and -o table', async () => {
    const nd = await cli(['candidate', 'list', '--limit', '3', '--jq', '.[] | {id, name}', '-o', 'ndjson']);
    expect(nd.code, nd.stderr).toBe(0);
    const lines = nd.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(Object.keys(JSON.parse(l))).toEqual(['id', 'name']);
    const csv = await cli(['candidate', 'list', '--limit', '3', '--jq', '.[] | {id, name}', '-o', 'csv']);
    expect(csv.stdout.trim().split('\n')[0]).toBe('id,name');
    expect(csv.stdout.trim().split('\n')).toHaveLength(4);
    const table = await cli(['candidate', 'list', '--limit', '3', '--jq', '.[] | {id, name}', '-o', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME$/);
    // Strings stay raw, as gh prints them.
    const names = await cli(['candidate', 'list', '--limit', '2', '--jq', '.[].name']);
    expect(names.stdout.trim().split('\n')).toHaveLength(2);
    expect(names.stdout).not.toContain('"');
  });

  it('--jq with -o yaml lays the results out as YAML (one result as itself, several as a list)', async () => {
    const one = await cli(['candidate', 'list', '--limit', '2', '--jq', '.[0] | {id, name}', '-o', 'yaml']);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^id: \S+\nname: .+\n$/);
    const several = await cli(['candidate', 'list', '--limit', '2', '--jq', '.[] | {id, name}', '-o', 'yaml']);
    expect(several.stdout).toMatch(/^- id: \S+\n {2}name: .+\n- id: \S+\n {2}name: .+\n$/);
    const none = await cli(['candidate', 'list', '--limit', '2', '--jq', 'empty', '-o', 'yaml']);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toBe('');
  });

  it('--json with another -o, and a one-value flag given twice, are usage errors; -o JSON works', async () => {
    const both = await cli(['candidate', 'list', '--limit', '1', '--json', '-o', 'csv']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json and -o csv');
    const twice = await cli(['candidate', 'list', '--limit', '1', '--limit', '2']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--limit was given 2 times');
    const upper = await cli(['candidate', 'list', '--limit', '1', '-o', 'JSON']);
    expect(upper.code, upper.stderr).toBe(0);
    expect(json<unknown[]>(upper)).toHaveLength(1);
    // Repeatable flags still repeat.
    const list = await cli(['job', 'list', '--status', 'Open', '--status', 'Closed', '--limit', '1']);
    expect(list.code, list.stderr).toBe(0);
  });

  it('--sandbox with --profile or --base-url names two organisations: exit 2, before anything runs', async () => {
    for (const [args, flag] of [
      [['candidate', 'list', '--sandbox', '--profile', 'work'], '--profile'],
      [['app', 'archive', 'x', '--reason', 'y', '--yes', '--base-url', 'http://127.0.0.1:9', '--sandbox'], '--base-url'],
      [['mcp', '--sandbox', '--profile', 'work'], '--profile'],
    ] as const) {
      const r = await cli([...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(`--sandbox and ${flag} name two organisations`);
    }
    // The environment's ASHBY_SANDBOX=1 still wins over a typed --profile (writes stay in the sandbox), and says so.
    const env = await cli(['job', 'list', '--profile', 'work', '--limit', '1'], { ASHBY_SANDBOX: '1' });
    expect(env.code, env.stderr).toBe(0);
    expect(env.stderr).toContain('ASHBY_SANDBOX=1 is set: running against the sandbox, not profile work');
  });

  it('a piped list that stopped at the first page says so on stderr; --all and --limit do not', async () => {
    const r = await cli(['candidate', 'list']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<unknown[]>(r)).toHaveLength(100);
    expect(r.stderr).toContain('only the first page was fetched and more results are available: pass --all');
    const limited = await cli(['candidate', 'list', '--limit', '5']);
    expect(limited.stderr).not.toContain('first page');
    const all = await cli(['candidate', 'list', '--all', '-o', 'ndjson']);
    expect(all.stderr).not.toContain('first page');
    // ashby api too; --raw shows moreDataAvailable itself.
    const api = await cli(['api', 'candidate.list']);
    expect(api.code, api.stderr).toBe(0);
    expect(json<unknown[]>(api)).toHaveLength(100);
    expect(api.stderr).toContain('only the first page was fetched and more results are available: pass --all');
    const raw = await cli(['api', 'candidate.list', '--raw']);
    expect(raw.stderr).not.toContain('first page');
    const apiAll = await cli(['api', 'candidate.list', '--all', '-o', 'ndjson']);
    expect(apiAll.stderr).not.toContain('first page');
  });
});

describe('top-level help', () => {
  it('points to the everyday commands', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['candidate search', 'candidate view', 'app stage', 'app archive', 'app hire', 'offer create', 'interview schedule', 'job pipeline'])
      expect(r.stdout).toContain(`ashby ${c} `);
  });
});

describe('Node version check', () => {
  // The machine's own older Node, when there is one (the CLI itself runs on Node 24).
  const old = ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']
    .map((p) => ({ p, v: spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout?.trim() }))
    .find((x) => x.v && Number(/^v(\d+)/.exec(x.v)?.[1]) < 22);
  if (!old) process.stderr.write('ux-output: no Node older than 22 on this machine; the version check test is skipped\n');

  it.skipIf(!old)('an old Node exits 1 with one line naming the Node needed and how to get it', () => {
    const r = spawnSync(old!.p, [BIN, 'candidate', 'list'], { encoding: 'utf8', env: { PATH: process.env.PATH, ASHBY_CONFIG_DIR: tempConfigDir() } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`needs Node.js 22.22 or newer (24 recommended), this is ${old!.v}`);
    expect(lines[0]).toContain('nvm install 24');
  });
});

const HAVE_TMUX = tmuxAvailable();
let term: TmuxSession | undefined;
afterEach(() => term?.close());

describe.skipIf(!HAVE_TMUX)('tables on a terminal', () => {
  const run = (args: string[], columns: number) => {
    term = new TmuxSession().start(
      args,
      { ...s.h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', TZ: 'America/New_York' },
      columns,
    );
    return term;
  };

  it('ids, emails and dates stay whole; dates are local time; JSON keeps ISO', async () => {
    const t = run(['candidate', 'list', '--limit', '3', '--fields', 'id,name,primaryEmailAddress.value,position,createdAt'], 130);
    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    const first = (await cli(['candidate', 'list', '--limit', '1']).then((r) => json<any[]>(r)))[0];
    expect(screen).toContain(first.id);
    expect(screen).toContain(first.primaryEmailAddress.value);
    const local = new Date(first.createdAt).toLocaleString('sv-SE', { timeZone: 'America/New_York' }).slice(0, 16);
    expect(screen).toContain(local);
    expect(screen).not.toContain(first.createdAt);
    expect(screen).not.toContain('…');
  });

  it('a narrow terminal cuts the free text, not the ids', async () => {
    const t = run(['candidate', 'list', '--limit', '3', '--fields', 'id,name,position,company,school'], 80);
    expect(await t.exitCode()).toBe(0);
    const rows = t
      .screen()
      .split('\n')
      .filter((l) => /^[0-9a-f]{8}-/.test(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s/);
    for (const row of rows) expect(row.trimEnd().length).toBeLessThanOrEqual(80);
  });

  it('an empty list says "no results"', async () => {
    const t = run(['candidate', 'search', '--name', 'Nobody Hasthisname'], 100);
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('no results');
  });
});

describe('ashby doctor', () => {
  it('checks node, config, key, reach, mirror and completion, with a fix for each problem', async () => {
    const home = tempConfigDir();
    mkdirSync(join(home, '.local/share/bash-completion/completions'), { recursive: true });
    writeFileSync(join(home, '.local/share/bash-completion/completions/ashby'), (await cli(['completion', 'bash'])).stdout);
    const ok = await cli(['doctor', '--json'], { HOME: home, SHELL: '/bin/bash', XDG_DATA_HOME: '' });
    expect(ok.code, ok.stderr).toBe(0);
    const checks = Object.fromEntries(json<any[]>(ok).map((c) => [c.check, c]));
    expect(Object.keys(checks)).toEqual(['node', 'config', 'keychain', 'api key', 'api', 'mirror', 'completion']);
    expect(checks.mirror.status).toBe('ok');
    expect(checks.api.status).toBe('ok');
    expect(checks.completion.status).toBe('ok');

    const bad = await cli(['doctor', '--json'], { ASHBY_API_KEY: 'not-the-key', HOME: tempConfigDir(), SHELL: '/bin/zsh' });
    expect(bad.code).toBe(1);
    const badChecks = Object.fromEntries(json<any[]>(bad).map((c) => [c.check, c]));
    expect(badChecks.api.status).toBe('fail');
    expect(badChecks.api.fix).toContain('ashby auth login');
    expect(badChecks.completion.fix).toContain('ashby completion zsh >');
    expect(badChecks.completion.detail).toContain('fpath before compinit');
    expect(bad.stdout + bad.stderr).not.toContain('not-the-key');
    expect(bad.stderr).toContain('1 check failed: api');
  });
});

describe('ashby doctor: the completion fix, pasted into the shell it is for', () => {
  // A new account has none of the folders the scripts go in, so `ashby completion bash > …/ashby`
  // alone failed ("No such file or directory"); the fix makes the folder, and quotes a home with a
  // space or a quote in it.
  const bin = tempConfigDir();
  writeFileSync(join(bin, 'ashby'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`, { mode: 0o755 });
  it.each([
    ['bash', '.local/share/bash-completion/completions/ashby'],
    ['zsh', '.zsh/completions/_ashby'],
    ['fish', '.config/fish/completions/ashby.fish'],
  ])('%s: the fix installs the script where doctor then finds it', async (shell, file) => {
    const home = join(tempConfigDir(), "Ada's home");
    mkdirSync(home);
    const env = { HOME: home, SHELL: `/bin/${shell}`, XDG_DATA_HOME: '', XDG_CONFIG_HOME: '' };
    const completion = async () => json<any[]>(await cli(['doctor', '--json'], env)).find((c) => c.check === 'completion');
    const before = await completion();
    expect(before.status).toBe('warn');
    const r = spawnSync(shell, ['-c', before.fix], { env: { PATH: `${bin}:${process.env.PATH}`, HOME: home }, encoding: 'utf8' });
    expect(r.status, `${before.fix}: ${r.stderr}`).toBe(0);
    expect(readFileSync(join(home, file), 'utf8')).toContain('ashby');
    expect(await completion()).toMatchObject({ status: 'ok', detail: expect.stringContaining(join(home, file)) });

    // A script from another version (commands added since would not complete) is said, with the
    // same command to write it again.
    writeFileSync(join(home, file), readFileSync(join(home, file), 'utf8').replace('time-in-stage', 'time-in-stage-old'));
    const stale = await completion();
    expect(stale).toMatchObject({ status: 'warn', detail: expect.stringContaining('is from another version of ashby') });
    expect(spawnSync(shell, ['-c', stale.fix], { env: { PATH: `${bin}:${process.env.PATH}`, HOME: home } }).status).toBe(0);
    expect((await completion()).status).toBe('ok');
  });
});
