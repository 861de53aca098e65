// The OS keychain through its own command-line tool (macOS `security`, libsecret's `secret-tool`),
// so no native module is needed. Absent tools mean no keychain: the caller falls back to a file.
import { spawnSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import { quoteName } from '../io/sanitize.js';
import { envOn } from './env.js';

const SERVICE = 'ashby-cli';

export interface Keychain {
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<boolean>;
  delete(account: string): Promise<void>;
}

function has(tool: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore', env }).status === 0;
}

/**
 * A line for `security -i` (commands read from stdin): each word double-quoted, with \ and " escaped.
 * Undefined for a value that cannot travel on one line (a line break or other control character).
 */
export function securityCommand(words: string[]): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (words.some((w) => /[\u0000-\u001f\u007f]/.test(w))) return undefined;
  return `${words.map((w) => `"${w.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(' ')}\n`;
}

/**
 * ASHBY_KEYCHAIN, checked: a value that names no tool (a typo, `secret_tool`) is bad input, not
 * quietly the default, which would put the key somewhere other than where whoever set it meant.
 */
export function checkKeychainSetting(env: NodeJS.ProcessEnv): string | undefined {
  const chosen = env.ASHBY_KEYCHAIN;
  if (chosen && !['security', 'secret-tool', 'none'].includes(chosen))
    throw new UsageError(`ASHBY_KEYCHAIN=${quoteName(chosen)} names no keychain tool`, {
      hint: 'set it to security (macOS), secret-tool (libsecret) or none, or unset it to use the one this system has',
    });
  return chosen;
}

/** Which tool: ASHBY_KEYCHAIN names one (security, secret-tool, none); otherwise the platform's. */
function tool(env: NodeJS.ProcessEnv): 'security' | 'secret-tool' | undefined {
  const chosen = checkKeychainSetting(env);
  if (chosen === 'none') return undefined;
  if (chosen === 'security' || chosen === 'secret-tool') return has(chosen, env) ? chosen : undefined;
  if (process.platform === 'darwin' && has('security', env)) return 'security';
  if (process.platform === 'linux' && (env.DBUS_SESSION_BUS_ADDRESS || env.XDG_RUNTIME_DIR) && has('secret-tool', env)) return 'secret-tool';
  return undefined;
}

export function keychain(env: NodeJS.ProcessEnv): Keychain | undefined {
  if (envOn(env.ASHBY_NO_KEYCHAIN)) return undefined;
  const which = tool(env);
  if (which === 'security') {
    return {
      async get(account) {
        const r = spawnSync('security', ['find-generic-password', '-s', SERVICE, '-a', account, '-w'], { encoding: 'utf8', env });
        return r.status === 0 ? r.stdout.trim() : undefined;
      },
      async set(account, secret) {
        // The key goes in on stdin (`security -i` reads commands there), never in argv, where any
        // user of the machine could read it from the process list.
        const line = securityCommand(['add-generic-password', '-U', '-s', SERVICE, '-a', account, '-w', secret]);
        if (!line) return false; // the caller keeps it in the 0600 file instead
        const r = spawnSync('security', ['-i'], { input: line, stdio: ['pipe', 'ignore', 'pipe'], encoding: 'utf8', timeout: 10_000, env });
        return r.status === 0 && !/error|fail/i.test(r.stderr ?? '');
      },
      async delete(account) {
        spawnSync('security', ['delete-generic-password', '-s', SERVICE, '-a', account], { stdio: 'ignore', env });
      },
    };
  }
  if (which === 'secret-tool') {
    return {
      async get(account) {
        const r = spawnSync('secret-tool', ['lookup', 'service', SERVICE, 'profile', account], { encoding: 'utf8', timeout: 3000, env });
        return r.status === 0 && r.stdout ? r.stdout.replace(/\n$/, '') : undefined;
      },
      async set(account, secret) {
        const r = spawnSync('secret-tool', ['store', `--label=ashby CLI (${account})`, 'service', SERVICE, 'profile', account], {
          input: secret,
          stdio: ['pipe', 'ignore', 'ignore'],
          timeout: 3000,
          env,
        });
        return r.status === 0;
      },
      async delete(account) {
        spawnSync('secret-tool', ['clear', 'service', SERVICE, 'profile', account], { stdio: 'ignore', timeout: 3000, env });
      },
    };
  }
  return undefined;
}
