// Drives the real shells' completion machinery with the checked-in scripts in completions/:
//   bash: sources ashby.bash, sets COMP_LINE/COMP_POINT/COMP_WORDS/COMP_CWORD as bash would, calls
//         the function `complete -p ashby` names, and reads COMPREPLY;
//   zsh:  starts an interactive zsh in a pseudo-terminal (zsh/zpty) with compinit and the script on
//         $fpath, types the line and TAB; the completion system runs for real and a compadd wrapper
//         records what the builtin compadd accepted (with -A) and the descriptions shown;
//   fish: `complete -C LINE` after sourcing ashby.fish.
// Every run gets a PATH whose `ashby` is the built bin/ashby.js, so live values come from the CLI.
import { spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { BIN } from '../helpers/cli.js';

export type Shell = 'bash' | 'zsh' | 'fish';
export const SHELLS: Shell[] = ['bash', 'zsh', 'fish'];

export interface Offer {
  value: string;
  description?: string;
}

const COMPLETIONS = resolve(__dirname, '../../completions');
const SCRIPT: Record<Shell, string> = {
  bash: join(COMPLETIONS, 'ashby.bash'),
  zsh: join(COMPLETIONS, '_ashby'),
  fish: join(COMPLETIONS, 'ashby.fish'),
};

let binDir: string | undefined;
/** A directory holding `ashby` -> bin/ashby.js, as an installed CLI would be on PATH. */
function ashbyOnPath(): string {
  if (!binDir) {
    binDir = mkdtempSync(join(tmpdir(), 'ashby-completion-bin-'));
    symlinkSync(BIN, join(binDir, 'ashby'));
  }
  return binDir;
}

/** The environment of a shell: `ashby` and node on PATH, a private HOME and config dir. */
export function shellEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'ashby-completion-home-'));
  const env: Record<string, string> = {
    PATH: [ashbyOnPath(), dirname(process.execPath), process.env.PATH ?? ''].join(':'),
    HOME: home,
    ASHBY_CONFIG_DIR: join(home, 'config'),
    ASHBY_NO_KEYCHAIN: '1',
    TERM: 'xterm',
    LANG: 'C.UTF-8',
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

function run(cmd: string, args: string[], env: Record<string, string>, cwd?: string, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} did not finish in ${timeoutMs} ms\n${out}\n${err}`));
    }, timeoutMs);
    child.on('error', (e) => reject(new Error(`cannot run ${cmd} (install bash, zsh and fish: scripts/dev.sh does): ${e.message}`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`${cmd} exited ${code}\n${out}\n${err}`));
      else resolvePromise(out);
    });
  });
}

const bashq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** COMP_WORDS as bash builds them: words split at blanks, and at COMP_WORDBREAKS characters outside quotes. */
export function compWords(line: string, breaks = '"\'@><=;|&(:'): string[] {
  const words: string[] = [];
  let w = '';
  let q = '';
  const flush = () => {
    if (w) words.push(w);
    w = '';
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      w += c;
      if (c === q) q = '';
    } else if (c === '\\') {
      w += c + (line[++i] ?? '');
    } else if (c === '"' || c === "'") {
      w += c;
      q = c;
    } else if (/\s/.test(c)) {
      flush();
    } else if (breaks.includes(c) && c !== '"' && c !== "'") {
      // a run of break characters is a word of its own
      if (w && !breaks.includes(w[w.length - 1])) flush();
      w += c;
      if (!breaks.includes(line[i + 1] ?? ' ')) flush();
    } else {
      if (w && breaks.includes(w[w.length - 1])) flush();
      w += c;
    }
  }
  if (w || /\s$/.test(line) || !line) words.push(w);
  return words;
}

async function bash(line: string, env: Record<string, string>, cwd?: string): Promise<Offer[]> {
  const words = compWords(line);
  const script = [
    `source ${bashq(SCRIPT.bash)}`,
    // the function the script registered for `ashby`, as bash itself would look it up
    `fn=$(complete -p ashby | sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p')`,
    `COMP_LINE=${bashq(line)}`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template
    'COMP_POINT=${#COMP_LINE}',
    `COMP_WORDS=(${words.map(bashq).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    'COMP_TYPE=9',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash parameter expansion, not a template
    '"$fn" ashby "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"',
    `printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join('\n');
  const out = await run('bash', ['--norc', '--noprofile', '-c', script], env, cwd);
  return out
    .split('\n')
    .filter(Boolean)
    .map((value) => ({ value }));
}

async function fish(line: string, env: Record<string, string>, cwd?: string): Promise<Offer[]> {
  const out = await run('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', SCRIPT.fish, line], env, cwd);
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [value, description] = l.split('\t');
      return description ? { value, description } : { value };
    });
}

const ZSH_SETUP = `
PROMPT= RPROMPT=
stty columns 500  # so that descriptions are not cut to the pseudo-terminal's width
fpath=(${COMPLETIONS} $fpath)
# The dump makes every zsh after the first start fast; it lives beside this file.
autoload -Uz compinit && compinit -u -d \${0:h}/zcompdump
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
zstyle ':completion:*' list-separator '--'
bindkey '^I' complete-word
__cap_mark() { echo -E - $'\\0' }
compprefuncs=(__cap_mark)
comppostfuncs=(__cap_mark exit)
# Records what the builtin compadd accepts; calls that only compute (-O/-A/-D) pass straight on.
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "$@"; return $?; fi
  local -a __hits __dscr
  if (( $@[(I)-d] )); then
    local __tmp=\${@[$[\${@[(i)-d]}+1]]}
    if [[ $__tmp == \\(* ]]; then eval "__dscr=$__tmp"; else __dscr=("\${(@P)__tmp}"); fi
  fi
  builtin compadd -A __hits -D __dscr "$@"
  local i
  for (( i = 1; i <= $#__hits; i++ )); do print -r -- "<<\${IPREFIX}\${__hits[i]}>>\${__dscr[i]}"; done
}
echo setup-ok
`;

const ZSH_DRIVE = `
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "source \${(q)1}"
local line
repeat 50; do zpty -r z line; [[ $line == setup-ok* ]] && break; done
zpty -w -n z "$2"$'\\t'
integer marks=0
while zpty -r z line; do
  if [[ $line == *$'\\0'* ]]; then (( marks++ )); (( marks >= 2 )) && break; continue; fi
  line=\${\${line%$'\\n'}%$'\\r'}  # the pseudo-terminal ends lines with CR LF
  (( marks )) && [[ -n $line ]] && print -r -- "$line"
done
zpty -d z
`;

let zshFiles: { setup: string; drive: string } | undefined;

async function zsh(line: string, env: Record<string, string>, cwd?: string): Promise<Offer[]> {
  if (!zshFiles) {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-completion-zsh-'));
    zshFiles = { setup: join(dir, 'setup.zsh'), drive: join(dir, 'drive.zsh') };
    writeFileSync(zshFiles.setup, ZSH_SETUP);
    writeFileSync(zshFiles.drive, ZSH_DRIVE);
  }
  const out = await run('zsh', ['-f', zshFiles.drive, zshFiles.setup, line], env, cwd);
  const offers: Offer[] = [];
  for (const l of out.split('\n')) {
    const m = /^<<(.*)>>(.*)$/.exec(l);
    if (!m) continue;
    // _describe shows "word -- description"; plain compadd shows the word (or nothing extra).
    const shown = m[2];
    const sep = shown.indexOf(' -- ');
    const description = sep >= 0 ? shown.slice(sep + 4).trim() : '';
    offers.push(description ? { value: m[1], description } : { value: m[1] });
  }
  return offers;
}

const DRIVERS: Record<Shell, typeof bash> = { bash, zsh, fish };

// What the line becomes after TAB, in each shell's interactive line editor (bash's readline, zsh's
// zle, fish's reader), run in a pseudo-terminal by zsh/zpty: the line and TAB are typed, then
// Ctrl-T, bound to print the edit buffer. This checks what is inserted (quoting, a name replaced
// by its id, prefixes kept), which the candidate lists above cannot show.
const LINE_SETUP: Record<Shell, string> = {
  bash: `PS1='$ '
source ${SCRIPT.bash}
bind -x '"\\C-t": printf "\\n<<BUFFER>>%s<<END>>\\n" "$READLINE_LINE"'
echo setup-ok`,
  zsh: `PS1='$ '
fpath=(${COMPLETIONS} $fpath)
autoload -Uz compinit && compinit -u -d \${0:h}/zcompdump-line
__cap_line() { print -r -- $'\\n'"<<BUFFER>>$BUFFER<<END>>" }
zle -N __cap_line
bindkey '^T' __cap_line
echo setup-ok`,
  fish: `function fish_prompt; echo '$ '; end
source ${SCRIPT.fish}
bind \\ct 'printf "\\n<<BUFFER>>%s<<END>>\\n" (commandline)'
echo setup-ok`,
};

const LINE_COMMAND: Record<Shell, string> = {
  bash: 'bash --norc --noprofile -i',
  zsh: 'zsh -f -i',
  fish: 'fish --no-config -i',
};

const LINE_DRIVE = `
zmodload zsh/zpty
zpty z "$1"
zpty -w z "source \${(q)2}"
local line
repeat 200; do zpty -r z line || break; [[ $line == *setup-ok* ]] && break; done
zpty -w -n z "$3"$'\\t\\x14'
while zpty -r z line; do
  if [[ $line == *'<<BUFFER>>'*'<<END>>'* ]]; then print -r -- "\${\${line#*<<BUFFER>>}%%<<END>>*}"; break; fi
done
zpty -d z
`;

let lineDir: string | undefined;

/** The edit buffer after typing `line` and TAB once in an interactive shell. */
export async function lineAfterTab(shell: Shell, line: string, env: Record<string, string> = shellEnv(), cwd?: string): Promise<string> {
  if (!lineDir) {
    lineDir = mkdtempSync(join(tmpdir(), 'ashby-completion-line-'));
    writeFileSync(join(lineDir, 'drive.zsh'), LINE_DRIVE);
    for (const sh of SHELLS) writeFileSync(join(lineDir, `setup.${sh}`), LINE_SETUP[sh]);
  }
  const out = await run('zsh', ['-f', join(lineDir, 'drive.zsh'), LINE_COMMAND[shell], join(lineDir, `setup.${shell}`), line], env, cwd);
  return out.replace(/\n$/, '');
}

/** What the shell offers on TAB at the end of `line`. */
export function complete(shell: Shell, line: string, env: Record<string, string> = shellEnv(), cwd?: string): Promise<Offer[]> {
  return DRIVERS[shell](line, env, cwd);
}

export const values = (offers: Offer[]) => offers.map((o) => o.value);
