// Profiles and credentials. Settings live in config.json (conf); keys live in the OS keychain when
// there is one, else in credentials.json readable only by the user. Reads parse the JSON files
// conf writes; conf itself (with Ajv and semver, 15 ms of start-up) is loaded only to write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import { CliError } from '../errors.js';
import { keychain } from './keychain.js';

export interface Profile {
  baseUrl?: string;
  /** Where the key is kept: 'keychain' or 'file'. */
  keyStore?: 'keychain' | 'file';
  keyTitle?: string;
  scopes?: string[];
}

interface Settings {
  currentProfile?: string;
  profiles: Record<string, Profile>;
}

export { configDir } from './paths.js';

export class ConfigStore {
  private settings?: Conf<Settings>;
  private creds?: Conf<Record<string, string>>;
  constructor(
    readonly dir: string,
    private env: NodeJS.ProcessEnv,
  ) {}

  private async conf(): Promise<Conf<Settings>> {
    if (!this.settings) {
      const { default: ConfCtor } = await import('conf');
      this.settings = new ConfCtor<Settings>({ cwd: this.dir, configName: 'config', defaults: { profiles: {} }, projectSuffix: '' });
    }
    return this.settings;
  }

  private async credentials(): Promise<Conf<Record<string, string>>> {
    if (!this.creds) {
      const { default: ConfCtor } = await import('conf');
      // Keys are profile names as typed: `acme.eu` is one key, not a path into the file.
      this.creds = new ConfCtor<Record<string, string>>({
        cwd: this.dir,
        configName: 'credentials',
        configFileMode: 0o600,
        projectSuffix: '',
        accessPropertiesByDotNotation: false,
      });
    }
    return this.creds;
  }

  /** Files read from disk, parsed once per command (a command only writes through conf). */
  private parsed = new Map<string, object>();

  /** A file's content as conf would give it: what this process wrote, else what is on disk. */
  private read<T extends object>(store: Conf<T> | undefined, name: string): Partial<T> {
    if (store) return store.store;
    let v = this.parsed.get(name);
    if (!v) this.parsed.set(name, (v = this.parse(name)));
    return v as Partial<T>;
  }

  private parse(name: string): object {
    const file = join(this.dir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    try {
      const v = JSON.parse(text) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) return v;
    } catch {
      /* reported below */
    }
    throw new CliError(`${file} is not a JSON object`, { hint: `fix it, or move it away and run \`ashby auth login\` again` });
  }

  /**
   * Runs a change to the profiles under the config dir's lock, reading the files afresh: parallel
   * `auth login`/`logout`/`switch` runs then never lose a profile or leave config.json and
   * credentials.json out of step. Another process holding the lock is waited for (bounded).
   */
  async locked<T>(fn: () => Promise<T>): Promise<T> {
    const { acquireLock, lockWaitMs } = await import('../io/lock.js');
    const release = await acquireLock(join(this.dir, '.config.lock'), { what: `the ashby config in ${this.dir}`, timeoutMs: lockWaitMs(this.env) });
    this.parsed.clear();
    try {
      // Both files are checked before anything is written: conf would overwrite a credentials file
      // that is a list, or stop half-way with config.json changed and credentials.json not.
      this.parse('config');
      this.parse('credentials');
      return await fn();
    } finally {
      release();
    }
  }

  async currentProfileName(): Promise<string> {
    return this.read(this.settings, 'config').currentProfile ?? 'default';
  }

  /** The active profile as config.json names it, stored or not; undefined when none is active. */
  async activeProfile(): Promise<string | undefined> {
    const v = this.read(this.settings, 'config').currentProfile;
    return typeof v === 'string' ? v : undefined;
  }

  async profiles(): Promise<Record<string, Profile>> {
    return this.read(this.settings, 'config').profiles ?? {};
  }

  async profile(name: string): Promise<Profile | undefined> {
    const all = await this.profiles();
    return Object.hasOwn(all, name) ? all[name] : undefined; // `--profile constructor` is no stored profile
  }

  /**
   * The active profile when config.json names one that is not stored (edited by hand, or left by an
   * older `auth logout`); "default" named so is not one: it is what is used when none is active.
   */
  async goneActive(): Promise<string | undefined> {
    const active = await this.activeProfile();
    return active !== undefined && active !== 'default' && !(await this.profile(active)) ? active : undefined;
  }

  async setProfile(name: string, p: Profile): Promise<void> {
    const c = await this.conf();
    c.set('profiles', { ...(c.get('profiles') ?? {}), [name]: p });
  }

  async setCurrent(name: string): Promise<void> {
    (await this.conf()).set('currentProfile', name);
  }

  /** No profile is active: "default" is used until `auth switch` or `auth login` makes one active. */
  async clearCurrent(): Promise<void> {
    (await this.conf()).delete('currentProfile');
  }

  async removeProfile(name: string): Promise<void> {
    const c = await this.conf();
    const all = { ...(c.get('profiles') ?? {}) };
    delete all[name];
    c.set('profiles', all);
    await this.deleteKey(name);
  }

  /** Stores a key; returns where it went. */
  async storeKey(profile: string, key: string): Promise<'keychain' | 'file'> {
    const kc = keychain(this.env);
    if (kc && (await kc.set(profile, key))) {
      (await this.credentials()).delete(profile);
      return 'keychain';
    }
    (await this.credentials()).set(profile, key);
    return 'file';
  }

  async readKey(profile: string, store?: 'keychain' | 'file'): Promise<string | undefined> {
    if (store !== 'file') {
      const kc = keychain(this.env);
      const v = kc ? await kc.get(profile) : undefined;
      if (v) return v;
    }
    const v = this.read(this.creds, 'credentials')[profile];
    return typeof v === 'string' ? v : undefined;
  }

  async deleteKey(profile: string): Promise<void> {
    const kc = keychain(this.env);
    if (kc) await kc.delete(profile);
    (await this.credentials()).delete(profile);
  }

  get configPath(): string {
    return join(this.dir, 'config.json');
  }

  get credentialsPath(): string {
    return join(this.dir, 'credentials.json');
  }
}
