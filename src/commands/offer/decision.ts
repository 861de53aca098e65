// `ashby offer set-status`: the candidate's answer to an offer and when they gave it.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const cmd = defineCommand(group, {
    name: 'set-status',
    description: "Record a candidate's answer to an offer (accepted or declined) and when they decided",
    endpoints: ['offer.setStatus', 'offer.setDecidedAt'],
    hand: true,
  })
    .argument('[offer-id]', 'the offer (see `ashby offer list --application-id <id>`)')
    .option('--status <answer>', 'accepted or declined')
    .option('--decided-at <time>', 'when they decided: "2026-11-30 14:00" is local time (default: now)')
    .addHelpText(
      'after',
      `
Sets the offer's acceptance status, then its decision date. A time without a zone is this machine's
local time; the confirmation shows it in local time and UTC. To withdraw an offer instead, use
\`ashby offer cancel\`. Asks for confirmation on a terminal; pass --yes in scripts.

Examples:
  ashby offer set-status 3f0c… --status accepted --decided-at "2026-11-30 14:00"
  ashby offer set-status 3f0c… --status declined --yes
  ashby offer set-status --from decisions.csv --yes      # columns: offer-id,status,decided-at`,
    );
  const run = async (c: Context, v: Record<string, unknown>) =>
    (await import('../../workflows/additions.js')).setOfferStatus(c, {
      offer: v['offer-id'] as string | undefined,
      status: v.status as string | undefined,
      decidedAt: v.decidedAt as string | undefined,
    });
  bulkCommand(
    cmd,
    ctx,
    async () => (await import('../../workflows/additions.js')).offerDecisionBatch(),
    async (offer, o) => {
      await printResult(ctx, await run(ctx, { ...o, 'offer-id': offer }), ['id', 'applicationId', 'offerStatus', 'acceptanceStatus', 'decidedAt']);
    },
  );
}
