// Every hand-written endpoint handler; endpoints not listed here get the generic one.
import type { Handler } from '../handler.js';
import { fileHandlers } from '../files.js';
import { applicationHandlers } from './applications.js';
import { candidateHandlers } from './candidates.js';
import { careerHandlers } from './careers.js';
import { jobHandlers } from './jobs.js';
import { customFieldHandlers } from './customFields.js';
import { interviewHandlers } from './interviews.js';
import { metaHandlers } from './meta.js';
import { offerHandlers } from './offers.js';
import { reportHandlers } from './reports.js';
import { webhookHandlers } from './webhooks.js';
import { additionHandlers } from './additions.js';
import { sourcingHandlers } from './sourcing.js';
import { auditHandlers } from '../audit.js';

export const HANDLERS: Record<string, Handler> = {
  ...metaHandlers,
  ...candidateHandlers,
  ...applicationHandlers,
  ...jobHandlers,
  ...fileHandlers,
  ...webhookHandlers,
  ...offerHandlers,
  ...interviewHandlers,
  ...customFieldHandlers,
  ...reportHandlers,
  ...careerHandlers,
  ...sourcingHandlers,
  ...additionHandlers,
  ...auditHandlers,
};
