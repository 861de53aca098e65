// Seeded forms and hiring metadata: custom fields, feedback and survey forms, interview types,
// the offer form, projects and reports.
import type { Store } from './store.js';

const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.UTC(2024, 2, 1);

export interface FormField {
  id: string;
  type: string;
  path: string;
  title: string;
  isRequired: boolean;
  options?: string[];
}

/** A form definition in the API's shape: sections of fields. */
export function formDefinition(sections: Array<[title: string, fields: FormField[]]>) {
  return {
    sections: sections.map(([title, fields]) => ({
      title,
      fields: fields.map((f) => ({
        isRequired: f.isRequired,
        field: {
          id: f.id,
          type: f.type,
          path: f.path,
          humanReadablePath: f.title,
          title: f.title,
          isNullable: !f.isRequired,
          ...(f.options ? { selectableValues: f.options.map((o) => ({ label: o, value: o.toLowerCase().replace(/[^a-z0-9]+/g, '_') })) } : {}),
        },
      })),
    })),
  };
}

/** [title, objectType, fieldType, options] */
const CUSTOM_FIELDS: Array<[string, string, string, string[]?]> = [
  ['Visa sponsorship needed', 'Candidate', 'Boolean'],
  ['Expected salary', 'Candidate', 'Currency'],
  ['Notice period (weeks)', 'Candidate', 'Number'],
  ['Earliest start date', 'Candidate', 'Date'],
  ['Work preference', 'Candidate', 'ValueSelect', ['Remote', 'Hybrid', 'On site']],
  ['Languages', 'Candidate', 'MultiValueSelect', ['English', 'German', 'French', 'Spanish', 'Japanese']],
  ['Pipeline priority', 'Application', 'ValueSelect', ['High', 'Medium', 'Low']],
  ['Referral bonus eligible', 'Application', 'Boolean'],
  ['Cost center', 'Job', 'String'],
  ['Headcount budget', 'Job', 'Number'],
  ['Budget approved', 'Opening', 'Boolean'],
  ['Signing bonus', 'Offer', 'Currency'],
  // A location field: the spec has no fieldType for one, so it is a String field taking {country, region, city}.
  ['Home office', 'Candidate', 'String'],
];

export function seedForms(store: Store): void {
  const id = (kind: string, i: number) => store.ids.make(kind, i);
  const orgId = id('organization', 0);
  store.defineList('customField', () =>
    CUSTOM_FIELDS.map(([title, objectType, fieldType, options], i) => ({
      id: id('customField', i),
      isPrivate: objectType === 'Offer',
      title,
      objectType,
      isArchived: false,
      fieldType,
      isRequired: false,
      ...(options ? { selectableValues: options.map((o) => ({ label: o, value: o.toLowerCase().replace(/[^a-z0-9]+/g, '_'), isArchived: false })) } : {}),
    })),
  );

  let fieldNo = 0;
  const field = (type: string, path: string, title: string, isRequired: boolean, options?: string[]): FormField => ({
    id: id('formField', fieldNo++),
    type,
    path,
    title,
    isRequired,
    options,
  });
  const scorecard = (focus: string) =>
    formDefinition([
      ['Overall', [field('Score', 'overall_score', 'Overall recommendation', true), field('RichText', 'summary', 'Summary', true)]],
      [
        focus,
        [
          field('Score', 'skills_score', `${focus} skills`, false),
          field('ValueSelect', 'seniority', 'Seniority', false, ['Junior', 'Mid', 'Senior', 'Staff']),
          field('Boolean', 'would_work_with', 'Would you like to work with them?', false),
        ],
      ],
    ]);
  store.defineList('feedbackFormDefinition', () =>
    [
      ['Interview scorecard', 'General'],
      ['Technical interview scorecard', 'Technical'],
      ['Culture add interview', 'Collaboration'],
    ].map(([title, focus], i) => ({
      id: id('feedbackFormDefinition', i),
      organizationId: orgId,
      title,
      isArchived: false,
      isDefaultForm: i === 0,
      formDefinition: scorecard(focus),
    })),
  );
  store.defineList('interview', () =>
    [
      ['Recruiter screen', 0],
      ['Technical interview', 1],
      ['System design', 1],
      ['Hiring manager conversation', 0],
      ['Values interview', 2],
    ].map(([title, form], i) => ({
      id: id('interview', i),
      title,
      externalTitle: title,
      isArchived: false,
      isDebrief: false,
      isFeedbackRequired: true,
      isFeedbackRequested: true,
      instructionsPlain: `Run the ${String(title).toLowerCase()} and submit feedback the same day.`,
      feedbackFormDefinitionId: id('feedbackFormDefinition', Number(form)),
    })),
  );
  store.defineList('offerForm', () => [
    {
      id: id('offerForm', 0),
      title: 'Standard offer',
      formDefinition: formDefinition([
        [
          'Compensation',
          [
            field('Currency', 'salary', 'Base salary', true),
            field('Number', 'equity', 'Equity (options)', false),
            field('Date', 'startDate', 'Start date', true),
            field('String', 'jobTitle', 'Job title', false),
            field('ValueSelect', 'employmentType', 'Employment type', true, ['Full time', 'Part time', 'Contract']),
            field('MultiValueSelect', 'benefits', 'Benefits', false, ['Health', 'Dental', 'Pension', 'Gym']),
            field('Boolean', 'relocation', 'Relocation package', false),
          ],
        ],
      ]),
    },
  ]);
  store.defineList('surveyFormDefinition', () =>
    [
      ['Candidate experience survey', 'CandidateExperience'],
      ['Voluntary self-identification', 'EEOC'],
    ].map(([title, surveyType], i) => ({
      id: id('surveyFormDefinition', i),
      organizationId: orgId,
      title,
      isArchived: false,
      isDefaultForm: true,
      surveyType,
      formDefinition: formDefinition([
        ['Questions', [field('Score', 'experience', 'How was your experience?', i === 0), field('String', 'comments', 'Anything else?', false)]],
      ]),
    })),
  );
  store.defineList('project', () =>
    ['Staff engineers 2025', 'Design community', 'Returning alumni'].map((title, i) => ({
      id: id('project', i),
      title,
      description: `Talent pool: ${title.toLowerCase()}`,
      isArchived: false,
      confidential: false,
      authorId: id('user', 1),
      createdAt: iso(T0 + i * 86_400_000),
      customFieldEntries: [],
    })),
  );
  store.defineList('report', () => ['Pipeline by stage', 'Applications by source', 'Applications by job'].map((title, i) => ({ id: id('report', i), title })));
}
