// `ashby auth login|status|logout|switch`: API keys per profile, verified with apiKey.info.
import type { Command } from 'commander';
import { API_KEYS_PAGE, API_KEYS_URL } from '../../api/key-page.js';
import { caseTwin, chooseBaseUrl, chooseProfile, DEFAULT_BASE_URL, profileNamed, refuseUnstoredCaseTwin } from '../../config/paths.js';
import type { Context } from '../../context.js';
import { AuthError, UsageError } from '../../errors.js';
import { quoteName, sanitizeText } from '../../io/sanitize.js';
import { setMeta } from '../meta.js';
import { readStdin } from '../run-helpers.js';

export function redactKey(key: string): string {
  return key.length <= 8 ? '****' : `****${key.slice(-4)}`;
}

interface KeyInfo {
  title?: string;
  scopes?: string[];
}

async function verify(ctx: Context, key: string, baseUrl: string): Promise<KeyInfo> {
  ctx.addSecret(key);
  // The key is checked even with --dry-run: storing it is the command's only effect.
  const client = await ctx.clientFor({ baseUrl, apiKey: key }, { maxRetries: 2, dryRun: undefined });
  try {
    const env = await client.call('apiKey.info', {}, { read: true });
    return (env.results ?? {}) as KeyInfo;
  } catch (err) {
    if (!lacksKeyInfoPermission(err)) throw err;
    ctx.warn(KEY_INFO_NOTE);
    return {};
  }
}

/**
 * apiKey.info needs the apiKeysRead permission, which many keys lack. Ashby names the missing
 * permission only for a key it accepted (a wrong key is refused otherwise), so the key is good.
 */
export function lacksKeyInfoPermission(err: unknown): boolean {
  return err instanceof AuthError && err.code === 'missing_endpoint_permission';
}

export const KEY_INFO_NOTE = "the key was accepted, but its title and scopes are not shown: apiKey.info needs the key's apiKeysRead permission";

/**
 * A new profile whose name differs from a stored one's only in letter case is bad input: where the
 * file system ignores case (macOS, Windows) the two would share one folder, and each would overwrite
 * the other's offer state and remembered reports. The stored one is named, to be used instead.
 */
function refuseCaseTwin(profile: string, stored: string[]): void {
  const twin = caseTwin(profile, stored);
  if (twin === undefined) return;
  throw new UsageError(`profile ${quoteName(profile)} differs from the stored profile ${quoteName(twin)} only in letter case`, {
    hint: `on macOS and Windows the two would share one folder of cached names, offer state and reports: use that one (--profile ${quoteName(twin)}), or choose a name that differs in more than case`,
  });
}

/** What a local change would have been, under --dry-run, which makes none. */
function dryRunNote(ctx: Context, what: string): void {
  ctx.info(`--dry-run: ${what}; nothing was changed`);
}

export function register(program: Command, ctx: Context): void {
  const auth = program.command('auth').description('Log in, show and switch API key profiles');
  auth.addHelpText(
    'after',
    `
Keys are created in Ashby under ${API_KEYS_PAGE} (${API_KEYS_URL}).
They are stored in the OS keychain when one is available, otherwise in credentials.json in the
config dir (readable only by you).
Precedence: --profile / ASHBY_PROFILE choose the profile; ASHBY_API_KEY overrides its stored key.

Examples:
  ashby auth login
  ashby auth login --profile staging --with-token < key.txt
  ashby auth status --json
  ashby auth switch staging`,
  );

  setMeta(
    auth
      .command('login')
      .description('Store an API key for a profile after checking it with apiKey.info')
      .option('--with-token', 'read the key from stdin instead of prompting')
      .option('--no-verify', 'store the key without calling apiKey.info')
      .action(async (o: { withToken?: boolean; verify?: boolean }) => {
        const cfg = await ctx.loadConfig();
        const profile = chooseProfile(ctx.opts.profile, ctx.env, await cfg.currentProfileName());
        refuseCaseTwin(profile, Object.keys(await cfg.profiles()));
        (await import('../../config/keychain.js')).checkKeychainSetting(ctx.env); // before the key is checked with Ashby
        let key: string;
        if (o.withToken) key = (await readStdin(ctx)).trim();
        else if (ctx.canPrompt) key = (await (await ctx.prompter()).password(`Paste the Ashby API key for profile "${profile}":`)).trim();
        else throw new UsageError('no terminal to ask for the key: pipe it in with `ashby auth login --with-token`');
        if (!key) throw new UsageError('the API key is empty');
        // Invisible characters (a zero-width space from a web page or chat) would make Ashby refuse a good key.
        if (/[\s\p{Cc}\p{Cf}]/u.test(key))
          throw new UsageError('the API key contains white space, control or invisible characters; paste it exactly as Ashby shows it');
        const { baseUrl } = chooseBaseUrl(ctx.opts.baseUrl, ctx.env, { name: profile, baseUrl: (await cfg.profile(profile))?.baseUrl });
        // --dry-run sends and changes nothing: neither the check with Ashby nor the stored key.
        if (ctx.opts.dryRun)
          return dryRunNote(
            ctx,
            `auth login would ${o.verify !== false ? `check the key (${redactKey(key)}) with apiKey.info at ${baseUrl}, then ` : ''}store it for profile ${quoteName(profile)} and make that profile active`,
          );
        let info: KeyInfo = {};
        if (o.verify !== false) info = await verify(ctx, key, baseUrl);
        const store = await cfg.locked(async () => {
          refuseCaseTwin(profile, Object.keys(await cfg.profiles())); // another login may have made one meanwhile
          const existing = await cfg.profile(profile); // read again under the lock
          const where = await cfg.storeKey(profile, key);
          await cfg.setProfile(profile, {
            ...existing,
            baseUrl: baseUrl === DEFAULT_BASE_URL ? undefined : baseUrl,
            keyStore: where,
            keyTitle: info.title,
            scopes: info.scopes,
          });
          await cfg.setCurrent(profile);
          return where;
        });
        if (store === 'file') ctx.warn(`no OS keychain available: the key is stored in ${cfg.credentialsPath} (readable only by you)`);
        ctx.info(`Logged in to profile "${profile}"${info.title ? ` with key "${info.title}"` : ''} (${redactKey(key)}).`);
        if (ctx.env.ASHBY_API_KEY) ctx.warn('ASHBY_API_KEY is set in the environment and overrides the stored key: unset it to use this one');
      }),
    { kind: 'builtin', endpoint: 'apiKey.info' },
  );

  setMeta(
    auth
      .command('status')
      .description("Show the active profile, where its key comes from, and the key's scopes")
      .option('--offline', 'do not call apiKey.info')
      .action(async (o: { offline?: boolean }) => {
        const out = await ctx.renderer({ columns: ['profile', 'active', 'keySource', 'key', 'baseUrl', 'keyTitle', 'scopes'] });
        if (ctx.sandbox) {
          const client = await ctx.client();
          const env = await client.call('apiKey.info', {}, { read: true });
          const info = env.results as KeyInfo;
          await out.object({
            profile: 'sandbox',
            active: true,
            keySource: 'sandbox',
            key: '****',
            baseUrl: ctx.shownUrl(client.baseUrl),
            keyTitle: info?.title,
            scopes: info?.scopes,
          });
          return;
        }
        const a = await ctx.resolveAuth();
        const cfg = await ctx.loadConfig();
        const status: Record<string, unknown> = {
          profile: a.profile,
          active: true,
          keySource: a.keySource,
          key: a.apiKey ? redactKey(a.apiKey) : null,
          baseUrl: ctx.redact(a.baseUrl),
          baseUrlSource: a.baseUrlSource,
          configDir: cfg.dir,
          profiles: Object.keys(await cfg.profiles()).sort(),
        };
        const actingAs = ctx.opts.onBehalfOf ?? ctx.env.ASHBY_ON_BEHALF_OF;
        if (actingAs) status.onBehalfOf = actingAs;
        if (!a.apiKey) {
          await out.object(status);
          throw new AuthError(
            { endpoint: 'auth', code: 'no_api_key', message: `not logged in (profile ${quoteName(a.profile)})` },
            'run `ashby auth login`, or set ASHBY_API_KEY',
          );
        }
        if (!o.offline) {
          const info = await verify(ctx, a.apiKey, a.baseUrl);
          status.keyTitle = info.title;
          status.scopes = info.scopes;
        } else {
          const p = await cfg.profile(a.profile);
          status.keyTitle = p?.keyTitle;
          status.scopes = p?.scopes;
        }
        await out.object(status);
      }),
    { kind: 'builtin', endpoint: 'apiKey.info' },
  );

  setMeta(
    auth
      .command('logout')
      .description('Forget the stored key of a profile')
      .action(async () => {
        const cfg = await ctx.loadConfig();
        const profile = chooseProfile(ctx.opts.profile, ctx.env, await cfg.currentProfileName());
        // Logging out of the active profile leaves none active (as at first), rather than one that is
        // gone, which every later command reported as "no API key" and a bare `auth login` re-created.
        // Another stored profile is not made active unasked: it may be another organisation.
        // The active profile that is not stored (config.json edited, or left by an older logout): logging
        // out of it stops naming it active, which is what every command's error suggests.
        let gone = false;
        const left = await cfg.locked(async () => {
          if (!(await cfg.profile(profile))) {
            gone = !profileNamed(ctx.opts.profile, ctx.env) && (await cfg.goneActive()) === profile;
            if (!gone) {
              refuseUnstoredCaseTwin(profile, Object.keys(await cfg.profiles()), !ctx.opts.profile && ctx.env.ASHBY_PROFILE ? 'env' : 'flag');
              throw new UsageError(`no profile named ${quoteName(profile)}`);
            }
          }
          const wasActive = (await cfg.currentProfileName()) === profile;
          if (ctx.opts.dryRun) return null;
          if (!gone) await cfg.removeProfile(profile);
          if (!wasActive) return undefined;
          await cfg.clearCurrent();
          return Object.keys(await cfg.profiles()).sort();
        });
        if (left === null)
          return dryRunNote(
            ctx,
            gone
              ? `auth logout would stop naming ${quoteName(profile)} (not stored) as the active profile`
              : `auth logout would forget the key of profile ${quoteName(profile)}`,
          );
        ctx.info(gone ? `Profile "${profile}" was not stored; it is no longer the active one.` : `Logged out of profile "${profile}".`);
        if (left?.includes('default')) ctx.info('Active profile is now "default".');
        else if (left?.length)
          ctx.info(`No profile is active now: choose one with \`ashby auth switch NAME\` (stored: ${left.map((n) => sanitizeText(n)).join(', ')}).`);
        if (ctx.env.ASHBY_API_KEY) ctx.warn('ASHBY_API_KEY is still set in the environment and will keep being used');
      }),
    { kind: 'builtin' },
  );

  setMeta(
    auth
      .command('switch')
      .description('Make another stored profile the active one')
      .argument('[profile]', 'profile name')
      .action(async (name?: string) => {
        const cfg = await ctx.loadConfig();
        const names = Object.keys(await cfg.profiles()).sort();
        if (!names.length) throw new UsageError('no stored profiles: run `ashby auth login --profile NAME` first');
        if (!name) {
          if (!ctx.canPrompt) throw new UsageError(`name the profile to switch to: ${names.join(', ')}`);
          const current = await cfg.currentProfileName();
          name = await (await ctx.prompter()).select(
            'Switch to which profile?',
            names.map((n) => ({ name: n === current ? `${n} (active)` : n, value: n })),
          );
        }
        const chosen = name;
        await cfg.locked(async () => {
          const now = Object.keys(await cfg.profiles()).sort(); // another command may have changed them meanwhile
          if (!now.includes(chosen)) {
            refuseUnstoredCaseTwin(chosen, now, 'switch');
            throw new UsageError(`no profile named ${quoteName(chosen)}; stored profiles: ${now.map((n) => sanitizeText(n)).join(', ')}`);
          }
          if (!ctx.opts.dryRun) await cfg.setCurrent(chosen);
        });
        if (ctx.opts.dryRun) return dryRunNote(ctx, `auth switch would make ${quoteName(chosen)} the active profile`);
        ctx.info(`Active profile is now "${name}".`);
        const fromEnv = ctx.env.ASHBY_PROFILE;
        if (fromEnv && fromEnv !== name) ctx.warn(`ASHBY_PROFILE=${fromEnv} is set in the environment and chooses the profile: unset it to use "${name}"`);
      }),
    { kind: 'builtin' },
  );
}
