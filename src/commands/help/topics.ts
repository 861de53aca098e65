// Help topics, as gh has them: `ashby environment` and `ashby exit-codes` (or `ashby help <topic>`)
// print a page of reference that belongs to no single command.
import type { Command } from 'commander';
import { setMeta } from '../meta.js';
import type { Group } from '../registry.js';

/** Each topic's page; names and summaries are in registry.ts, which loads this file for a topic. */
export const TOPICS: Record<string, string> = {
  environment: `Environment variables (a flag given on the command line wins over its variable):

  ASHBY_API_KEY          the API key, instead of a stored profile's
  ASHBY_PROFILE          the stored profile to use (--profile); with ASHBY_API_KEY, a name
                         for that key's mirror and caches, stored or not
  ASHBY_BASE_URL         the API base URL (--base-url); default https://api.ashbyhq.com
  ASHBY_ON_BEHALF_OF     act as this Ashby user: an id, email or name (--on-behalf-of)
  ASHBY_API_VERSION      send this Ashby-Version header, to pin a dated API version
  ASHBY_SANDBOX=1        run against the offline sandbox organisation (--sandbox)
  ASHBY_DEBUG=1          trace requests and responses on stderr, secrets redacted (--debug)
  ASHBY_WEBHOOK_SECRET   the secret for \`ashby webhook listen\` and \`verify\` (--secret)
  ASHBY_CONFIG_DIR       where profiles, keys, the name cache and the sandbox live
                         (default ~/.config/ashby, or ~/Library/Application Support/ashby)
  ASHBY_CACHE_TTL        seconds the name cache stays fresh (default 3600; 0 turns it off)
  ASHBY_NO_KEYCHAIN=1    keep keys in credentials.json (mode 0600), not the OS keychain
  ASHBY_KEYCHAIN         which keychain tool to use: security (macOS), secret-tool
                         (libsecret) or none; default: the one this system has
  ASHBY_MAX_RESPONSE_MB  largest API response read, in MiB (default 64); a larger one
                         is an API error (exit 5)
  ASHBY_LOCK_TIMEOUT     seconds a command waits for another one that holds the
                         config or the sandbox state (default 30)
  ASHBY_DB               the local mirror's database file (--db; ashby sync, sql, ...)
  ASHBY_COMPLETE_BUDGET_MS
                         how long a TAB may wait for live values (default 500)
  HTTPS_PROXY, HTTP_PROXY
                         send API requests and file transfers through this proxy
                         (lower-case forms too); localhost is never proxied
  NO_PROXY               hosts to reach directly, comma-separated (.example.com for
                         a domain and its subdomains, * for all)
  NO_COLOR               no colour, whatever the terminal (--color never)
  FORCE_COLOR            colour even when not on a terminal (--color always)
  BROWSER                the program --web opens Ashby links with (default: the system's;
                         none on Linux without DISPLAY: --web then prints the link)
  TZ                     the time zone of times you type and of dates in tables
`,
  'exit-codes': `Exit codes:

  0    success
  1    other error (a broken config file, an unexpected failure)
  2    bad input: a flag, argument or body is wrong or missing, or an answer is needed
       and there is no terminal; nothing was sent
  3    not found: Ashby has no such record, or a name matched nothing
  4    authentication or permission: no key, a refused key, or a missing permission
  5    other API error: Ashby answered success:false, or failed
  6    rate limited, after the retries (--max-retries)
  7    network error or timeout (--timeout); nothing was applied
  8    partial: a batch (--from, several ids) where some records were not applied
       (failed or not sent); each record's outcome is on stdout
  9    outcome unknown: a write was sent but no answer came (timeout, dropped
       connection); it may have been applied, so check before repeating it. A batch
       with any record whose outcome is unknown exits 9, even if others failed
  130  interrupted (Ctrl-C); a list printed so far is still valid JSON or NDJSON
  143  stopped by SIGTERM (timeout(1), a cancelled CI job): the same clean stop as Ctrl-C
`,
};

export function register(program: Command, _ctx: unknown, group: Group): void {
  const text = TOPICS[group.name];
  const cmd = setMeta(program.command(group.name).description(group.summary), { kind: 'topic' });
  // The page is the topic itself, not a usage line.
  cmd.helpInformation = () => text;
  cmd.action(() => {
    cmd.outputHelp();
  });
}
