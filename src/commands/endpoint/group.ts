// The commander classes behind generated commands: a leaf that understands `--flag=false`, and a
// resource group in which hand-made commands take precedence over generated ones by name.
import { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { parseBoolean } from './flags.js';

/** Suffix a generated command gets when a hand-made command takes its name. */
export const DISPLACED_SUFFIX = '-raw';

/** A generated leaf: accepts `--flag=false` / `--flag=true` for boolean flags. */
export class GeneratedCommand extends Command {
  override parseOptions(args: string[]) {
    const end = args.indexOf('--');
    const rewritten = args.flatMap((a, i) => {
      const m = (end < 0 || i < end) && /^--([^=]+)=(.*)$/s.exec(a);
      if (!m) return [a];
      const opt = this.options.find((o) => o.long === `--${m[1]}`);
      if (!opt || opt.required || opt.optional || opt.negate) return [a];
      const b = parseBoolean(m[2]);
      if (b === undefined) throw new UsageError(`--${m[1]} takes true or false, not "${m[2]}"`);
      if (b) return [`--${m[1]}`];
      return this.options.some((o) => o.long === `--no-${m[1]}`) ? [`--no-${m[1]}`] : [];
    });
    return super.parseOptions(rewritten);
  }
}

/**
 * A resource's command group. Hand-made commands added later (registry EXTENSIONS) take precedence:
 * a generated command whose name they take moves to `<name>-raw` (and comes back if they removed
 * it to make room), and a generated alias they take is dropped, so every endpoint stays reachable
 * through exactly one generated command.
 */
export class ResourceGroup extends Command {
  private readonly generated: Command[] = [];

  addGenerated(cmd: Command): void {
    this.generated.push(cmd);
    super.addCommand(cmd);
  }

  displace(name: string): void {
    for (const c of this.generated) {
      const aliases = c.aliases();
      if (aliases.includes(name)) (c as unknown as { _aliases: string[] })._aliases = aliases.filter((a) => a !== name);
      if (c.name() !== name) continue;
      c.name(`${name}${DISPLACED_SUFFIX}`);
      c.description(`${c.description()} (the bare endpoint; \`${name}\` is the hand-made command)`);
      // A hand-made command may have taken the leaf out of the group to replace it: put it back.
      const leaves = this.commands as Command[];
      if (!leaves.includes(c)) leaves.splice(Math.min(this.generated.indexOf(c), leaves.length), 0, c);
    }
  }

  override createCommand(name: string): Command {
    this.displace(name);
    const group = this;
    class HandCommand extends Command {
      override alias(alias: string): this;
      override alias(): string;
      override alias(alias?: string): this | string {
        if (alias === undefined) return super.alias();
        group.displace(alias);
        return super.alias(alias);
      }
    }
    return new HandCommand(name);
  }

  override addCommand(cmd: Command, opts?: Parameters<Command['addCommand']>[1]): this {
    for (const n of [cmd.name(), ...cmd.aliases()]) this.displace(n);
    return super.addCommand(cmd, opts);
  }
}
