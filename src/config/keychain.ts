// The OS keychain through its own command-line tool (macOS `security`, libsecret's `secret-tool`),
// so no native module is needed. Absent tools mean no keychain: the caller falls back to a file.
import { spawnSync } from 'node:child_process';

const SERVICE = 'ashby-cli';

export interface Keychain {
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<boolean>;
  delete(account: string): Promise<void>;
}

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

export function keychain(env: NodeJS.ProcessEnv): Keychain | undefined {
  if (env.ASHBY_NO_KEYCHAIN === '1') return undefined;
  if (process.platform === 'darwin' && has('security')) {
    return {
      async get(account) {
        const r = spawnSync('security', ['find-generic-password', '-s', SERVICE, '-a', account, '-w'], { encoding: 'utf8' });
        return r.status === 0 ? r.stdout.trim() : undefined;
      },
      async set(account, secret) {
        const r = spawnSync('security', ['add-generic-password', '-U', '-s', SERVICE, '-a', account, '-w', secret], { stdio: 'ignore' });
        return r.status === 0;
      },
      async delete(account) {
        spawnSync('security', ['delete-generic-password', '-s', SERVICE, '-a', account], { stdio: 'ignore' });
      },
    };
  }
  if (process.platform === 'linux' && (env.DBUS_SESSION_BUS_ADDRESS || env.XDG_RUNTIME_DIR) && has('secret-tool')) {
    return {
      async get(account) {
        const r = spawnSync('secret-tool', ['lookup', 'service', SERVICE, 'profile', account], { encoding: 'utf8', timeout: 3000 });
        return r.status === 0 && r.stdout ? r.stdout.replace(/\n$/, '') : undefined;
      },
      async set(account, secret) {
        const r = spawnSync('secret-tool', ['store', `--label=ashby CLI (${account})`, 'service', SERVICE, 'profile', account], {
          input: secret,
          stdio: ['pipe', 'ignore', 'ignore'],
          timeout: 3000,
        });
        return r.status === 0;
      },
      async delete(account) {
        spawnSync('secret-tool', ['clear', 'service', SERVICE, 'profile', account], { stdio: 'ignore', timeout: 3000 });
      },
    };
  }
  return undefined;
}
