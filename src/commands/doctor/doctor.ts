// `ashby doctor`: is this machine ready? Node, the config dir, the keychain, the API key (present,
// accepted by Ashby, reachable), the local mirror and shell completion, each with what to do when it is not. Exit 0
// when nothing failed (warnings allowed), 1 otherwise. The key itself never appears.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { API_KEYS_PAGE } from '../../api/key-page.js';
import { fishq, shq } from '../../completion/shell-quote.js';
import { envOn } from '../../config/env.js';
import { activeProfileGone, caseTwin, homeDir, profileNamed } from '../../config/paths.js';
import type { Context } from '../../context.js';
import { AuthError, CliError, NetworkError } from '../../errors.js';
import { quoteName } from '../../io/sanitize.js';
import { lacksKeyInfoPermission } from '../auth/auth.js';
import { defineCommand } from '../define.js';

type Status = 'ok' | 'warn' | 'fail';
interface Check {
  check: string;
  status: Status;
  detail: string;
  fix?: string;
}

export function register(program: Command, ctx: Context): void {
  defineCommand(program, {
    name: 'doctor',
    description: 'Check the setup: Node, config, keychain, API key and its reach, local mirror, shell completion',
    endpoints: ['apiKey.info'],
  })
    .addHelpText(
      'after',
      `
Each check says ok, warn or fail, and what to do about it. Exits 1 when a check fails.

Examples:
  ashby doctor
  ashby doctor --profile staging
  ashby doctor --json | jq '.[] | select(.status != "ok")'`,
    )
    .action(async () => {
      const checks = await runChecks(ctx);
      const out = await ctx.renderer({ columns: ['check', 'status', 'detail', 'fix'] });
      await out.list(checks);
      const failed = checks.filter((c) => c.status === 'fail');
      if (failed.length) throw new CliError(`${failed.length} check${failed.length === 1 ? '' : 's'} failed: ${failed.map((c) => c.check).join(', ')}`);
    });
}

async function runChecks(ctx: Context): Promise<Check[]> {
  const checks: Check[] = [];
  const [major, minor] = process.versions.node.split('.').map(Number);
  const nodeOk = major > 22 || (major === 22 && minor >= 22);
  checks.push({
    check: 'node',
    status: nodeOk ? (major >= 24 ? 'ok' : 'warn') : 'fail',
    detail: `Node ${process.version} at ${process.execPath}`,
    ...(major >= 24 ? {} : { fix: 'install Node 24 (https://nodejs.org/, or nvm install 24)' }),
  });

  let configOk = true;
  try {
    const cfg = await ctx.loadConfig();
    checks.push({ check: 'config', status: 'ok', detail: `config dir ${cfg.dir}${existsSync(cfg.dir) ? '' : ' (not created yet)'}` });
  } catch (err) {
    configOk = false;
    checks.push({
      check: 'config',
      status: 'fail',
      detail: (err as Error).message,
      fix: 'fix or remove the file named above (ashby auth login writes a new one)',
    });
  }

  const { checkKeychainSetting, keychain } = await import('../../config/keychain.js');
  let kc: ReturnType<typeof keychain>;
  let kcError: string | undefined;
  try {
    checkKeychainSetting(ctx.env); // said even with ASHBY_NO_KEYCHAIN=1, which makes it unused
    kc = keychain(ctx.env);
  } catch (err) {
    kcError = (err as Error).message;
  }
  checks.push(
    kcError
      ? { check: 'keychain', status: 'fail', detail: kcError, fix: 'set ASHBY_KEYCHAIN to security, secret-tool or none, or unset it' }
      : envOn(ctx.env.ASHBY_NO_KEYCHAIN)
        ? { check: 'keychain', status: 'ok', detail: 'not used (ASHBY_NO_KEYCHAIN is set): keys are kept in credentials.json, mode 0600' }
        : kc
          ? { check: 'keychain', status: 'ok', detail: 'the OS keychain is available for API keys' }
          : {
              check: 'keychain',
              status: 'warn',
              detail: 'no OS keychain found: keys are kept in credentials.json, mode 0600',
              fix:
                process.platform === 'linux'
                  ? 'install libsecret-tools (secret-tool) and run a desktop keyring, then ashby auth login again'
                  : 'nothing needed; the file is only readable by you',
            },
  );

  if (configOk) {
    // Each of these is said only when there is something to say (undefined otherwise).
    const active = await activeProfileCheck(ctx);
    // An active profile that is gone is the key check's answer too: said once, with its fixes.
    const keys = active?.status === 'fail' ? [] : await keyChecks(ctx);
    const said = [credentialsCheck(await ctx.loadConfig()), await caseTwinsCheck(ctx), active, ...keys, await mirrorCheck(ctx)];
    checks.push(...said.filter((c): c is Check => c !== undefined));
  }
  checks.push(await completionCheck(ctx));
  return checks;
}

/**
 * credentials.json holds API keys in plain text and is written 0600, but a copy from another
 * machine, a restore or a provisioning tool may leave it readable by others: said, with the fix,
 * as for the mirror. Only said when it is so.
 */
function credentialsCheck(cfg: { credentialsPath: string }): Check | undefined {
  const mode = statSync(cfg.credentialsPath, { throwIfNoEntry: false })?.mode;
  if (mode === undefined || process.platform === 'win32' || !(mode & 0o077)) return undefined;
  return {
    check: 'credentials',
    status: 'warn',
    detail: `${cfg.credentialsPath} holds API keys and other users can read or change it (mode ${(mode & 0o777).toString(8).padStart(4, '0')})`,
    fix: `chmod 600 ${shq(cfg.credentialsPath)}`,
  };
}

/**
 * Stored profiles whose names differ only in letter case (made before `auth login` refused that, or
 * by hand): on macOS and Windows they share one folder, and each overwrites the other's offer state
 * and remembered reports. Only said when there are such.
 */
async function caseTwinsCheck(ctx: Context): Promise<Check | undefined> {
  const names = Object.keys(await (await ctx.loadConfig()).profiles()).sort();
  const pairs: string[] = [];
  for (const [i, n] of names.entries()) {
    const twin = caseTwin(n, names.slice(i + 1));
    if (twin !== undefined) pairs.push(`${quoteName(n)} and ${quoteName(twin)}`);
  }
  if (!pairs.length) return undefined;
  return {
    check: 'profiles',
    status: 'warn',
    detail: `profiles ${pairs.join(', ')} differ only in letter case: on macOS and Windows each pair shares one folder of cached names, offer state and reports`,
    fix: 'keep one of each pair: `ashby auth logout --profile NAME` the other, and log it in again under a name that differs in more than case',
  };
}

/**
 * config.json names an active profile that is not stored (edited by hand, or left by an older
 * `auth logout`): every command without --profile or ASHBY_PROFILE stops at it. A fail when this
 * run uses it, a warning when --profile or ASHBY_PROFILE names another. Only said when it is so.
 */
async function activeProfileCheck(ctx: Context): Promise<Check | undefined> {
  if (ctx.sandbox) return undefined;
  const cfg = await ctx.loadConfig();
  const active = await cfg.goneActive();
  if (active === undefined) return undefined;
  const err = activeProfileGone(active, Object.keys(await cfg.profiles()), cfg.configPath);
  const named = profileNamed(ctx.opts.profile, ctx.env);
  return {
    check: 'profiles',
    status: named ? 'warn' : 'fail',
    detail: `${err.message}${named ? ` (this run uses ${ctx.opts.profile ? '--profile' : 'ASHBY_PROFILE'} instead)` : ''}`,
    fix: err.hint,
  };
}

/** The local mirror (`ashby sync`): where it is, how old, whether only you can read it. Read only. */
async function mirrorCheck(ctx: Context): Promise<Check | undefined> {
  const { locate, savedState, OtherMirrorError, NewerMirrorError, damaged } = await import('../../mirror/db.js');
  let loc: Awaited<ReturnType<typeof locate>>;
  try {
    loc = await locate(ctx, undefined, { move: false });
  } catch {
    return undefined; // no profile to place it by: the api key check says why
  }
  const { statSync } = await import('node:fs');
  let size: number;
  let mode: number;
  try {
    ({ size, mode } = statSync(loc.path));
  } catch {
    return { check: 'mirror', status: 'ok', detail: `no local mirror yet (ashby sync creates one at ${loc.path})` };
  }
  let saved: ReturnType<typeof savedState>;
  try {
    saved = savedState(loc);
  } catch (e) {
    const err = damaged(e, loc.path) as Error & { hint?: string };
    const fix =
      (err instanceof OtherMirrorError || err instanceof NewerMirrorError || err !== e) && err.hint
        ? err.hint
        : loc.source === 'ASHBY_DB'
          ? 'point ASHBY_DB at a mirror file (or at one that does not exist yet)'
          : 'move that file away; ashby sync creates a new mirror';
    return { check: 'mirror', status: 'fail', detail: (err as Error).message, fix };
  }
  const { ago } = await import('../../mirror/when.js');
  const { syncUnderWay } = await import('../../mirror/lock.js');
  const times = [...saved.states.values()].map((s) => s.synced_at).filter((t): t is string => Boolean(t));
  const oldest = times.sort()[0]; // ISO times sort as text
  const busy = syncUnderWay(loc.path);
  // Tables a sync covers that none has finished yet (a first sync interrupted, or only some named),
  // and per-parent work left queued: the mirror answers without them until the next sync.
  const { TABLES } = await import('../../mirror/schema.js');
  const missing =
    saved.layout === 'rebuild' ? [] : TABLES.filter((t) => t.source.kind !== 'embedded' && !t.optIn && !saved.states.has(t.name)).map((t) => t.name);
  const queued = [...saved.queued.values()].reduce((a, b) => a + b, 0);
  const detail = [
    `${loc.path} (${loc.source}), ${(size / 1048576).toFixed(1)} MB`,
    oldest ? `oldest table synced ${ago(Date.now() - Date.parse(oldest))}` : 'never synced completely',
    ...(oldest && missing.length
      ? [`${missing.length} table${missing.length === 1 ? '' : 's'} never synced (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`]
      : []),
    ...(queued ? [`${queued.toLocaleString('en-US')} record${queued === 1 ? '' : 's'} queued for the next sync`] : []),
    ...(busy !== undefined ? [`a sync is running (process ${busy})`] : []),
    ...(saved.layout === 'migrate' ? ['its layout is updated on next use'] : []),
  ].join('; ');
  // It holds candidates' personal data: only its owner should read it.
  if (mode & 0o077)
    return {
      check: 'mirror',
      status: 'warn',
      detail: `${detail}; readable by other users`,
      fix: `chmod 600 '${loc.path.replace(/'/g, "'\\''")}' (ashby sync also does this)`,
    };
  if (saved.layout === 'rebuild')
    return { check: 'mirror', status: 'warn', detail: `${detail}; its layout is too old to update`, fix: 'ashby sync (rebuilds it with a full sync)' };
  if ((missing.length || queued) && busy === undefined) return { check: 'mirror', status: 'warn', detail, fix: 'ashby sync (finishes it)' };
  return { check: 'mirror', status: 'ok', detail };
}

async function keyChecks(ctx: Context): Promise<Check[]> {
  if (ctx.sandbox) {
    const reach = await reachable(ctx);
    return [{ check: 'api key', status: 'ok', detail: 'the offline sandbox needs none' }, reach];
  }
  let auth: Awaited<ReturnType<Context['resolveAuth']>>;
  try {
    auth = await ctx.resolveAuth();
  } catch (err) {
    // The error's own hint is the fix when it has one (a profile that is not stored lists those that are).
    return [{ check: 'api key', status: 'fail', detail: (err as Error).message, fix: (err instanceof CliError && err.hint) || 'ashby auth login' }];
  }
  if (!auth.apiKey) {
    return [
      {
        check: 'api key',
        status: 'fail',
        detail: `no API key for profile "${auth.profile}"`,
        fix: 'ashby auth login (or set ASHBY_API_KEY; or use --sandbox to try offline)',
      },
    ];
  }
  return [{ check: 'api key', status: 'ok', detail: `profile "${auth.profile}", key from ${auth.keySource}` }, await reachable(ctx, auth.baseUrl)];
}

/** apiKey.info: the key is accepted and the API answers. */
async function reachable(ctx: Context, baseUrl?: string): Promise<Check> {
  const where = baseUrl ? ctx.redact(baseUrl) : 'the sandbox';
  try {
    const client = await ctx.client();
    const env = await client.call('apiKey.info', {}, { timeoutMs: 10_000 });
    const title = (env.results as { title?: string } | undefined)?.title;
    return { check: 'api', status: 'ok', detail: `${where} accepted the key${title ? ` ("${title}")` : ''}` };
  } catch (err) {
    if (lacksKeyInfoPermission(err))
      return { check: 'api', status: 'ok', detail: `${where} accepted the key (its title is not shown: apiKey.info needs the apiKeysRead permission)` };
    if (err instanceof AuthError)
      return {
        check: 'api',
        status: 'fail',
        detail: `${where} refused the key: ${err.message}`,
        fix: `create a new key in Ashby (${API_KEYS_PAGE}) and run ashby auth login`,
      };
    if (err instanceof NetworkError)
      return {
        check: 'api',
        status: 'fail',
        detail: `cannot reach ${where}: ${err.message}`,
        fix: 'check the network, --base-url / ASHBY_BASE_URL, and HTTPS_PROXY if you are behind a proxy',
      };
    return { check: 'api', status: 'fail', detail: (err as Error).message, fix: 'run with --debug to see the request and answer' };
  }
}

/** Completion scripts where the README puts them, for the user's shell. */
async function completionCheck(ctx: Context): Promise<Check> {
  let home: string;
  try {
    home = homeDir(ctx.env);
  } catch (e) {
    return { check: 'completion', status: 'warn', detail: (e as Error).message, fix: 'set HOME' };
  }
  const shell = (ctx.env.SHELL ?? '').split('/').pop() || 'bash';
  const places: Record<string, string[]> = {
    bash: [
      join(ctx.env.XDG_DATA_HOME || join(home, '.local/share'), 'bash-completion/completions/ashby'),
      '/usr/share/bash-completion/completions/ashby',
      '/etc/bash_completion.d/ashby',
    ],
    zsh: [join(home, '.zsh/completions/_ashby'), '/usr/share/zsh/site-functions/_ashby', '/usr/local/share/zsh/site-functions/_ashby'],
    fish: [join(ctx.env.XDG_CONFIG_HOME || join(home, '.config'), 'fish/completions/ashby.fish'), '/usr/share/fish/vendor_completions.d/ashby.fish'],
  };
  const list = places[shell];
  if (!list)
    return {
      check: 'completion',
      status: 'warn',
      detail: `no completion for the shell ${shell}`,
      fix: 'bash, zsh and fish are supported: ashby completion --help',
    };
  const found = list.find((p) => existsSync(p));
  // A command to paste into that shell as it is: the folder is made first (a new account has none of
  // them), and a home with a space or quote in it is quoted for the shell that runs it.
  const q = shell === 'fish' ? fishq : shq;
  const installAt = (file: string) => `mkdir -p ${q(dirname(file))} && ashby completion ${shell} > ${q(file)}`;
  if (found) {
    // The script holds the command tree of the ashby that wrote it: after an upgrade, commands and
    // flags added since do not complete until it is written again.
    const { completionScript } = await import('../../completion/render.js');
    const current = await completionScript(shell as 'bash' | 'zsh' | 'fish', ctx);
    if (readFileSync(found, 'utf8') !== current)
      return {
        check: 'completion',
        status: 'warn',
        detail: `${shell} completion at ${found} is from another version of ashby: commands and flags added since do not complete`,
        fix: found.startsWith(home) ? installAt(found) : `reinstall ashby's package, or ${installAt(list[0])}`,
      };
    return { check: 'completion', status: 'ok', detail: `${shell} completion installed at ${found}` };
  }
  const fix = installAt(list[0]);
  const detail = `no ${shell} completion found in the usual places${shell === 'zsh' ? ' (its folder must be on fpath before compinit runs in ~/.zshrc)' : ''}`;
  return { check: 'completion', status: 'warn', detail, fix };
}
