// The hand-written layer over the generated catalog: a one-line summary per endpoint in our own
// words, friendlier verb aliases, the positional argument where the default rule picks wrongly,
// default table columns and examples. Plain data, loaded with a resource's commands.
//
// Names taken by hand-made commands (app stage/archive/hire/transfer, offer create, candidate add,
// candidate upload-resume/upload-file, feedback submit, interview schedule, webhook
// create/show/update/delete) are never used as aliases here; when a hand-made command takes a
// generated command's name, the generated one moves to `<name>-raw` (see commands/endpoint/resource.ts).

export interface CommandOverlay {
  summary: string;
  aliases?: string[];
  /** The parameter taken as the positional argument; null for none. Default: see positionalParam(). */
  positional?: string | null;
  examples?: string[];
  /** Default table columns for the records this command lists. */
  columns?: string[];
  /**
   * A search: the parameters of which at least one must be given and not blank, since a search for
   * nothing means nothing (checked before anything is sent; --no-validate skips the check).
   * The first example is shown with the message.
   */
  searchBy?: string[];
}

export interface ResourceOverlay {
  /** Shown in `ashby <resource> --help`. */
  examples: string[];
  /** By action (the part after the resource), a summary or the full overlay. */
  commands: Record<string, string | CommandOverlay>;
}

const CANDIDATE_COLUMNS = ['id', 'name', 'primaryEmailAddress.value', 'position', 'company', 'updatedAt'];
const JOB_COLUMNS = ['id', 'title', 'status', 'employmentType', 'openedAt', 'updatedAt'];
const USER_COLUMNS = ['id', 'firstName', 'lastName', 'email', 'globalRole', 'isEnabled'];
const OPENING_COLUMNS = ['id', 'latestVersion.identifier', 'openingState', 'isArchived', 'openedAt'];
const PROJECT_COLUMNS = ['id', 'title', 'isArchived', 'confidential', 'createdAt'];
const TITLED = ['id', 'title', 'isArchived'];

export const OVERLAY: Record<string, ResourceOverlay> = {
  apiKey: {
    examples: ['ashby api-key info'],
    commands: { info: { summary: 'Show the API key in use: its title, creation date and scopes', aliases: ['whoami'] } },
  },
  application: {
    examples: [
      'ashby app list --job-id <job-id> --status Active',
      'ashby app info <application-id>',
      'ashby app change-stage <application-id> --interview-stage-id <stage-id>',
    ],
    commands: {
      addHiringTeamMember: "Put a user on an application's hiring team in a given role",
      changeSource: 'Credit an application to another source',
      changeStage: { summary: 'Move an application to another interview stage (an archived stage needs a reason)', aliases: ['move'] },
      create: 'Apply a candidate to a job, optionally at a given stage and source',
      delete: 'Delete an application for good (Ashby cannot undo it)',
      info: 'Show one application with its candidate, job and current stage',
      list: {
        summary: 'List applications, optionally only for one job or status',
        columns: ['id', 'candidate.name', 'job.title', 'currentInterviewStage.title', 'status', 'updatedAt'],
      },
      listCriteriaEvaluations: {
        summary: 'List the criteria evaluations recorded for an application',
        columns: ['id', 'criterion', 'status', 'outcome', 'evaluatedAt'],
      },
      listHistory: {
        summary: 'List the stages an application went through, with dates',
        aliases: ['history'],
        columns: ['id', 'title', 'stageNumber', 'enteredStageAt', 'leftStageAt'],
      },
      removeHiringTeamMember: "Take a user off an application's hiring team",
      transfer: 'Move an application to another job, interview plan and stage (by ids)',
      update: "Change an application's source, credited user or creation time",
      updateHistory: 'Rewrite when an application entered each stage',
    },
  },
  applicationFeedback: {
    examples: ['ashby application-feedback list --application-id <application-id>'],
    commands: {
      list: {
        summary: 'List submitted interview feedback, optionally for one application',
        columns: ['id', 'applicationId', 'submittedByUser.email', 'submittedAt'],
      },
      submit: 'Submit a filled-in feedback form for an application (form values as JSON)',
    },
  },
  applicationFeedbackRequest: {
    examples: ['ashby application-feedback-request create --application-id <id> --interview-id <id> --interviewer-user-id <id>'],
    commands: { create: 'Ask an interviewer for feedback on an application without scheduling an interview' },
  },
  applicationForm: {
    examples: ['ashby application-form submit --job-posting-id <id> --input application.json'],
    commands: { submit: "Submit a job application form on a candidate's behalf (answers as JSON)" },
  },
  applicationHiringTeamRole: {
    examples: ['ashby application-hiring-team-role list'],
    commands: { list: 'List the roles a hiring team member can hold on an application' },
  },
  approval: {
    examples: ['ashby approval list --entity-type offer'],
    commands: {
      list: {
        summary: 'List approvals of offers, jobs and openings with their steps',
        columns: ['id', 'entityType', 'entityId', 'submittedAt', 'completedAt'],
      },
    },
  },
  approvalDefinition: {
    examples: ["ashby approval-definition update --entity-type offer --entity-id <id> --approval-step-definitions '[...]'"],
    commands: { update: 'Replace the approval steps an entity must pass (steps as JSON)' },
  },
  archiveReason: {
    examples: ['ashby archive-reason list', 'ashby archive-reason list --include-archived -o csv'],
    commands: { list: { summary: 'List the reasons available for archiving applications', columns: ['id', 'text', 'reasonType', 'isArchived'] } },
  },
  assessment: {
    examples: ['ashby assessment update --assessment-id <id> --timestamp 2024-05-31T09:00:00Z --data \'{"assessment_status":{...}}\''],
    commands: {
      addCompletedToCandidate: 'Record a finished assessment and its result on a candidate',
      update: { summary: 'Report progress or results of an assessment that is under way', positional: null },
    },
  },
  auditLog: {
    examples: ['ashby audit-log list --since 2026-11-30', 'ashby audit-log list-raw --start-date 2026-11-01T00:00:00Z --categories Candidate'],
    commands: {
      list: {
        summary: 'List audit log entries, newest first (the last day unless dates are given)',
        columns: ['timestamp', 'actor.type', 'actor.email', 'category', 'target.type', 'target.id'],
      },
    },
  },
  brand: {
    examples: ['ashby brand list'],
    commands: { list: { summary: 'List the employer brands used on job boards', columns: ['id', 'name', 'hostedJobsPageSlug'] } },
  },
  candidate: {
    examples: [
      'ashby candidate search "Ada Ritchie"',
      'ashby candidate info ada@example.com',
      'ashby candidate create --name "Ada Lovelace" --email ada@example.com --location.city London',
      'ashby candidate list --all -o ndjson > candidates.ndjson',
      'ashby candidate list --sync-state candidates.sync -o ndjson   # only what changed since last time',
    ],
    commands: {
      addEmailMessage: 'Log an email exchanged with a candidate on their activity feed',
      addProject: 'Add a candidate to a sourcing project',
      addTag: { summary: 'Label a candidate with a tag', aliases: ['tag'] },
      anonymize: "Erase a candidate's personal data for good",
      create: { summary: 'Create a candidate from a name and optional contact details', aliases: ['new'] },
      createNote: { summary: 'Add a note (plain text, or HTML as JSON) to a candidate', aliases: ['note'] },
      info: 'Show one candidate by id (or --external-mapping-id)',
      list: { summary: 'List candidates: one page by default, --all for every one', columns: CANDIDATE_COLUMNS },
      listClientInfo: {
        summary: "List the IP addresses and browsers seen on a candidate's submissions",
        columns: ['id', 'ipAddress', 'userAgent', 'relatedEntityType', 'createdAt'],
      },
      listFraudChecks: { summary: 'List the fraud checks run on a candidate', columns: ['id', 'applicationId', 'createdAt'] },
      listNotes: { summary: 'List the notes on a candidate', aliases: ['notes'], columns: ['id', 'createdAt', 'author.email', 'isPrivate', 'content'] },
      listProjects: { summary: 'List the sourcing projects a candidate belongs to', columns: PROJECT_COLUMNS },
      pushToHris: 'Send a hired candidate to an HR system (a repeat may create a second employee)',
      removeProject: 'Take a candidate out of a sourcing project',
      removeTag: { summary: 'Take a tag off a candidate', aliases: ['untag'] },
      search: {
        summary: 'Find candidates by email address or name',
        aliases: ['find'],
        columns: CANDIDATE_COLUMNS,
        positional: 'name',
        searchBy: ['name', 'email'],
        examples: ['ashby candidate search "Ada Lovelace"', 'ashby candidate search --email ada@example.com'],
      },
      setFraudStatus: 'Mark a candidate as fraudulent, not fraudulent or unsure',
      update: "Change a candidate's name, contact details, links, source or location",
      uploadFile: 'Attach an already uploaded file (by its handle) to a candidate',
      uploadResume: "Set a candidate's resume from an already uploaded file handle",
    },
  },
  candidateTag: {
    examples: ['ashby tag list', 'ashby tag create --title "Strong referral"'],
    commands: {
      archive: 'Archive a tag so that it can no longer be applied',
      create: 'Create a candidate tag',
      list: { summary: 'List candidate tags', columns: TITLED },
    },
  },
  closeReason: {
    examples: ['ashby close-reason list'],
    commands: { list: { summary: 'List the reasons available for closing jobs and openings', columns: ['id', 'reasonText', 'isArchived'] } },
  },
  communicationTemplate: {
    examples: ['ashby communication-template list'],
    commands: { list: { summary: 'List the email templates for messages to candidates', columns: ['id', 'title', 'intendedTypes', 'updatedAt'] } },
  },
  customField: {
    examples: [
      'ashby custom-field list',
      'ashby custom-field set-value --object-type Candidate --object-id ada@example.com --field-id "Work preference" --field-value Remote',
    ],
    commands: {
      create: 'Define a new custom field on applications, candidates, jobs, openings, ...',
      info: 'Show one custom field definition',
      list: { summary: 'List custom field definitions', columns: ['id', 'title', 'objectType', 'fieldType', 'isArchived'] },
      setValue: {
        summary: 'Set one custom field on an application, candidate, job or opening',
        positional: null,
        examples: [
          'ashby custom-field set-value --object-type Candidate --object-id ada@example.com --field-id "Work preference" --field-value Remote',
          'ashby custom-field set-value --object-type Candidate --object-id ada@example.com --field-id "Expected salary" --field-value "120000 USD"',
        ],
      },
      setValues: {
        summary: 'Set several custom fields on one object at once',
        positional: null,
        examples: [
          'ashby custom-field set-values --object-type Candidate --object-id ada@example.com --values \'[{"fieldId": "Work preference", "fieldValue": "Remote"}, {"fieldId": "Languages", "fieldValue": "English, German"}]\'',
        ],
      },
      updateSelectableValues: 'Replace the options of a select or multi-select custom field',
    },
  },
  department: {
    examples: ['ashby department list', 'ashby department create --name Platform --parent-id <department-id>'],
    commands: {
      archive: 'Archive a department',
      create: 'Create a department, optionally inside another',
      info: 'Show one department',
      list: { summary: 'List departments and teams', columns: ['id', 'name', 'externalName', 'parentId', 'isArchived'] },
      move: 'Move a department under another parent, or to the top level',
      restore: 'Bring back an archived department',
      update: 'Rename a department or change its external name or extra data',
    },
  },
  emailSender: {
    examples: ['ashby email-sender list'],
    commands: { list: { summary: 'List the addresses the acting user may send sourcing emails from', columns: ['email', 'displayName', 'type'] } },
  },
  feedbackFormDefinition: {
    examples: ['ashby feedback-form-definition list', 'ashby feedback-form-definition info <id>'],
    commands: {
      info: 'Show one feedback form with its fields',
      list: { summary: 'List feedback (scorecard) forms', columns: ['id', 'title', 'isArchived', 'isDefaultForm'] },
    },
  },
  file: {
    examples: [
      'ashby file info <file-handle>',
      'ashby file create-file-upload-handle --file-upload-context CandidateResume --filename cv.pdf --content-type application/pdf --content-length 52311',
    ],
    commands: {
      createFileUploadHandle: 'Reserve an upload URL and a handle for a file you are about to upload',
      info: 'Get a short-lived download URL for a stored file',
    },
  },
  hiringTeam: {
    examples: ['ashby hiring-team add-member --job-id <job-id> --team-member-id <user-id> --role-id <role-id>'],
    commands: {
      addMember: 'Add a user in a role to the hiring team of a job, opening or application',
      removeMember: 'Remove a user from the hiring team of a job, opening or application',
    },
  },
  hiringTeamRole: {
    examples: ['ashby hiring-team-role list'],
    commands: { list: 'List the roles hiring team members can hold' },
  },
  interview: {
    examples: ['ashby interview list', 'ashby interview info <interview-id>'],
    commands: {
      info: 'Show one interview type with its instructions',
      list: { summary: 'List interview types', columns: ['id', 'title', 'jobId', 'isArchived', 'isDebrief'] },
    },
  },
  interviewBriefing: {
    examples: ['ashby interview-briefing info <interview-event-id>'],
    commands: { info: 'Show the briefing interviewers get for a scheduled interview event' },
  },
  interviewEvent: {
    examples: ['ashby interview-event list <interview-schedule-id>'],
    commands: {
      list: {
        summary: 'List the individual interviews of an interview schedule',
        columns: ['id', 'interviewId', 'startTime', 'endTime', 'hasSubmittedFeedback'],
      },
    },
  },
  interviewPlan: {
    examples: ['ashby interview-plan list'],
    commands: { list: { summary: 'List interview plans', columns: ['id', 'title', 'isArchived', 'updatedAt'] } },
  },
  interviewSchedule: {
    examples: ['ashby schedule list --application-id <application-id>', 'ashby schedule cancel <interview-schedule-id> --yes'],
    commands: {
      cancel: 'Cancel a scheduled interview',
      create: 'Schedule interviews for an application (events as JSON)',
      list: {
        summary: 'List interview schedules, optionally for one application or stage',
        columns: ['id', 'status', 'applicationId', 'interviewStageId', 'createdAt'],
      },
      update: 'Change, add or cancel the events of an interview schedule',
    },
  },
  interviewStage: {
    examples: ['ashby interview-stage list <interview-plan-id>'],
    commands: {
      info: 'Show one interview stage',
      list: { summary: 'List the stages of an interview plan, in order', columns: ['id', 'title', 'type', 'orderInInterviewPlan'] },
    },
  },
  interviewStageGroup: {
    examples: ['ashby interview-stage-group list'],
    commands: { list: { summary: 'List the groups that stages belong to (lead, active, offer, hired, ...)', columns: ['id', 'title', 'order', 'stageType'] } },
  },
  interviewerPool: {
    examples: ['ashby interviewer-pool list', 'ashby interviewer-pool add-user <interviewer-pool-id> --user-id <user-id>'],
    commands: {
      addUser: 'Put a user in an interviewer pool',
      archive: 'Archive an interviewer pool',
      create: 'Set up a new interviewer pool',
      info: 'Show one interviewer pool with its members',
      list: { summary: 'List interviewer pools', columns: TITLED },
      removeUser: 'Take a user out of an interviewer pool',
      restore: 'Bring back an archived interviewer pool',
      update: 'Rename an interviewer pool or change whether it needs training',
    },
  },
  job: {
    examples: ['ashby job list --status Open', 'ashby job search --title "Staff Engineer"', 'ashby job set-status <job-id> --status Closed'],
    commands: {
      create: 'Create a job in a team and location',
      info: 'Show one job',
      list: { summary: 'List jobs, optionally by status or by when they opened or closed', columns: JOB_COLUMNS },
      search: {
        summary: 'Find jobs by title or requisition id',
        aliases: ['find'],
        columns: JOB_COLUMNS,
        searchBy: ['title', 'requisitionId'],
        examples: ['ashby job search --title "Staff Engineer"', 'ashby job search --requisition-id REQ-1001'],
      },
      setStatus: 'Open, close, archive or return a job to draft',
      update: "Change a job's title, team, location, interview plan or requisition id",
      updateCompensation: "Replace a job's compensation tiers (tiers as JSON)",
      updateCompensationSettings: "Change how a job's pay is shown (settings as JSON with --data)",
    },
  },
  jobBoard: {
    examples: ['ashby job-board list'],
    commands: { list: { summary: 'List job boards', columns: ['id', 'title', 'isInternal'] } },
  },
  jobInterviewPlan: {
    examples: ['ashby job-interview-plan info <job-id>'],
    commands: { info: 'Show the interview plan of a job with its stages' },
  },
  jobPosting: {
    examples: ['ashby posting list --listed-only', 'ashby posting info <job-posting-id>'],
    commands: {
      info: 'Show one job posting',
      list: { summary: 'List job postings, optionally only those listed publicly', columns: ['id', 'title', 'locationName', 'workplaceType', 'isListed'] },
      setCustomFieldValue: 'Set one custom field of a job posting, by field id or reference',
      setCustomFieldValues: 'Set several custom fields of a job posting at once (values as JSON)',
      setStatus: 'Publish a job posting, or take it back to draft',
      update: "Change a job posting's title, workplace type or description",
      updateCompensation: 'Replace the pay ranges shown on a job posting (tiers as JSON)',
      updateCompensationSettings: 'Change how a job posting shows pay (settings as JSON with --data)',
    },
  },
  jobTemplate: {
    examples: ['ashby job-template list'],
    commands: { list: { summary: 'List job templates', columns: ['id', 'title', 'status', 'updatedAt'] } },
  },
  location: {
    examples: ['ashby location list', 'ashby location create --name Berlin --type Location --address.postal-address.address-country DE'],
    commands: {
      archive: 'Archive a location',
      create: 'Create an office location or a group of locations',
      info: 'Show one location',
      list: { summary: 'List office locations', columns: ['id', 'name', 'type', 'workplaceType', 'isArchived'] },
      move: 'Move a location into another location group',
      restore: 'Bring back an archived location',
      updateAddress: "Set a location's postal address",
      updateExternalName: 'Set the name candidates see for a location',
      updateName: 'Rename a location',
      updateWorkplaceType: 'Set whether a location is on-site, hybrid or remote',
    },
  },
  notetakerTranscript: {
    examples: ['ashby notetaker-transcript info <notetaker-transcript-id>'],
    commands: { info: "Get the notetaker's transcript of an interview" },
  },
  offer: {
    examples: ['ashby offer list --application-id <application-id>', 'ashby offer info <offer-id>'],
    commands: {
      approve: 'Approve an offer version, one step or the whole approval',
      create: 'Create an offer version from a filled-in offer form (form values as JSON)',
      info: 'Show one offer with its latest version',
      list: { summary: 'List offers, optionally by status or application', columns: ['id', 'applicationId', 'offerStatus', 'acceptanceStatus', 'decidedAt'] },
      setDecidedAt: 'Record when the candidate decided on an offer',
      setStatus: 'Record an offer as accepted, declined or cancelled',
      start: 'Open a new offer version in an offer process and get the form to fill in',
      startApprovalProcess: 'Send an offer version for approval',
      update: 'Change the form values of an existing offer',
    },
  },
  offerProcess: {
    examples: ['ashby offer-process start <application-id>'],
    commands: { start: 'Start the offer process for an application' },
  },
  opening: {
    examples: ['ashby opening list', 'ashby opening add-job <opening-id> --job-id <job-id>'],
    commands: {
      addJob: 'Attach a job to an opening',
      addLocation: 'Add a location to an opening',
      create: 'Create an opening (a unit of headcount)',
      info: 'Show one opening',
      list: { summary: 'List openings', columns: OPENING_COLUMNS },
      removeJob: 'Detach a job from an opening',
      removeLocation: 'Remove a location from an opening',
      search: {
        summary: 'Find openings by their identifier',
        columns: OPENING_COLUMNS,
        searchBy: ['identifier'],
        examples: ['ashby opening search --identifier REQ-1001'],
      },
      setArchived: 'Archive an opening, or unarchive it with --no-archive',
      setOpeningState: "Set an opening's state: draft, approved, open or closed",
      update: "Change an opening's identifier, team, dates or employment type",
    },
  },
  project: {
    examples: ['ashby project search --title "Design leads"', 'ashby project create --title "Design leads" --confidential'],
    commands: {
      archive: 'Archive a sourcing project',
      create: 'Create a sourcing project',
      info: 'Show one sourcing project',
      list: { summary: 'List sourcing projects', columns: PROJECT_COLUMNS },
      restore: 'Bring back an archived sourcing project',
      search: {
        summary: 'Find sourcing projects by title',
        columns: PROJECT_COLUMNS,
        searchBy: ['title'],
        examples: ['ashby project search --title "Design leads"'],
      },
      setCustomFieldValue: 'Set one custom field of a sourcing project',
      setCustomFieldValues: 'Set several custom fields of a sourcing project at once',
      update: 'Rename a sourcing project or change its description',
    },
  },
  referral: {
    examples: ["ashby referral create --id <referral-form-id> --credited-to-user-id <user-id> --field-submissions '[...]'"],
    commands: { create: { summary: 'Refer a candidate by submitting the referral form', positional: null } },
  },
  referralForm: {
    examples: ['ashby referral-form info'],
    commands: { info: 'Show the referral form and its fields' },
  },
  report: {
    examples: ['ashby report synchronous <report-id>'],
    commands: {
      generate: 'Start building a saved report, or collect one started earlier (with --request-id)',
      synchronous: 'Run a saved report and wait for its rows',
    },
  },
  sequence: {
    examples: [
      'ashby sequence add <candidate-id> --template "Senior engineers outreach"',
      'ashby sequence list --candidate-id <candidate-id>',
      'ashby sequence cancel <sequence-id>',
    ],
    commands: {
      add: 'Enrol a candidate in a sourcing sequence made from a template',
      cancel: 'Stop a running sequence (e.g. the candidate booked a meeting)',
      discard: 'Throw away a sequence that has not started',
      info: 'Show one sequence with its stages',
      list: { summary: 'List sourcing sequences, optionally for one candidate', columns: ['id', 'candidateId', 'sequenceTemplateId', 'status', 'createdAt'] },
      start: 'Start a sequence draft (checks it first)',
      updateStage: 'Change the subject or text of one email of a sequence',
    },
  },
  sequenceTemplate: {
    examples: ['ashby sequence-template list', 'ashby sequence-template info <sequence-template-id>'],
    commands: {
      info: 'Show one sequence template with its stages',
      list: { summary: 'List the templates sourcing sequences are made from', columns: ['id', 'title', 'isArchived', 'updatedAt'] },
    },
  },
  source: {
    examples: ['ashby source list'],
    commands: { list: { summary: 'List candidate sources', columns: ['id', 'title', 'sourceType.title', 'isArchived'] } },
  },
  sourceTrackingLink: {
    examples: ['ashby source-tracking-link list'],
    commands: { list: { summary: 'List links that credit candidates to a source', columns: ['id', 'code', 'sourceId', 'enabled', 'link'] } },
  },
  surveyFormDefinition: {
    examples: ['ashby survey-form-definition list'],
    commands: {
      info: 'Show one survey form with its questions',
      list: { summary: 'List survey forms', columns: ['id', 'title', 'surveyType', 'isArchived'] },
    },
  },
  surveyRequest: {
    examples: ['ashby survey-request list --survey-type CandidateExperience'],
    commands: {
      create: 'Make a survey link for a candidate to fill in (Ashby emails nothing)',
      list: { summary: 'List survey requests of one survey type', columns: ['id', 'candidateId', 'applicationId', 'surveyUrl'] },
    },
  },
  surveySubmission: {
    examples: ['ashby survey-submission list --survey-type Questionnaire'],
    commands: {
      create: "Record a candidate's answers to a survey",
      list: { summary: 'List survey answers of one survey type', columns: ['id', 'candidateId', 'applicationId', 'surveyType', 'submittedAt'] },
    },
  },
  takeHomeAssignment: {
    examples: ['ashby take-home-assignment list --candidate-id <candidate-id>', 'ashby take-home-assignment info <take-home-assignment-id>'],
    commands: {
      info: 'Show one take-home assignment and its submission',
      list: { summary: 'List take-home assignments, by application or candidate', columns: ['id', 'candidateId', 'status', 'createdAt', 'updatedAt'] },
    },
  },
  user: {
    examples: ['ashby user list', 'ashby user search --email grace@example.com', 'ashby user update-interviewer-settings <user-id> --daily-limit 3'],
    commands: {
      createInterviewerPause: 'Stop a user from being booked for interviews for a while',
      deleteInterviewerPause: 'Remove an interviewer pause',
      info: 'Show one user',
      interviewerSettings: 'Show how many interviews a user may take per day and week',
      list: { summary: 'List users, optionally including deactivated ones', columns: USER_COLUMNS },
      listInterviewerPauses: { summary: "List a user's interviewer pauses", columns: ['id', 'startsAt', 'endsAt', 'comment'] },
      search: {
        summary: 'Find a user by email address',
        aliases: ['find'],
        columns: USER_COLUMNS,
        searchBy: ['email'],
        examples: ['ashby user search --email grace@example.com'],
      },
      setCustomFieldValue: 'Set one custom field on a user',
      setCustomFieldValues: 'Set several custom fields on a user at once',
      updateInterviewerSettings: 'Set how many interviews a user may take per day and week',
    },
  },
  version: {
    examples: ['ashby version list'],
    commands: { list: 'List the versions of the Ashby API and whether each is current' },
  },
  webhook: {
    examples: ['ashby webhook info <webhook-id>'],
    commands: {
      create: 'Subscribe a URL to one kind of event',
      delete: 'Delete a webhook subscription',
      info: 'Show one webhook subscription',
      update: 'Enable or disable a webhook, or change its URL or secret',
    },
  },
};

/** Verb aliases every resource gets where the action exists (and no hand-made command takes them). */
export const COMMON_ALIASES: Record<string, string[]> = { info: ['show', 'get'], list: ['ls'] };

export function commandOverlay(resource: string, action: string): CommandOverlay | undefined {
  const c = OVERLAY[resource]?.commands[action];
  return typeof c === 'string' ? { summary: c } : c;
}
